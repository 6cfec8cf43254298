import { maximum, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const cd_acc75a = defineVariable({
  name: "cd_acc75a",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Frais d’accueil sous votre toit d’une personne de plus de 75 ans",
  // Costs of hosting a person over 75 with modest resources (6EU), within a ceiling per person hosted (6EV)
  // (CGI art. 156, II, 2° ter).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const plafond = parameters(period).impot_revenu.calcul_revenus_imposables.charges_deductibles.accueil_personne_agee.plafond;
      return minimum(foyer_fiscal("f6eu", period), mul(plafond, maximum(1, foyer_fiscal("f6ev", period))));
    },
  },
});
