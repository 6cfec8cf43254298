import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const interets_paiements_differes_agriculteurs = defineVariable({
  name: "interets_paiements_differes_agriculteurs",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Intérêts paiement différé agriculteurs",
  // A share of the interest paid on a deferred payment granted to farmers (7UM), within a ceiling per
  // declarant (CGI art. 199 vicies A).
  reference: cgi("199 vicies A"),
  formulas: {
    "2005-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.divers.interets_paiements_differes_agriculteurs;
      return mul(p.taux, minimum(foyer_fiscal("f7um", period), mul(p.plafond, add(1, foyer_fiscal("maries_ou_pacses", period)))));
    },
  },
});
