import { mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_categoriel_non_salarial = defineVariable({
  name: "revenu_categoriel_non_salarial",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu catégoriel - Revenus personnels non salariés",
  // The members' non-salaried income less the foyer's past deficits of agricultural, non-professional BIC
  // and BNC activities and furnished rentals (CGI art. 156, I); until 2015 less the BNC long-term gains
  // taxed apart, with their majoration.
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const cga = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2;
      const membres = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      return sub(
        sub(membres("rpns_imposables"), mul(1 + cga, membres("nbnc_pvce"))),
        somme(foyer_fiscal, period, ["defrag", "defncn", "defacc", "defmeu"]),
      );
    },
    "2016-01-01": ({ foyer_fiscal, period }) =>
      sub(
        foyer_fiscal.sum(foyer_fiscal.members("rpns_imposables", period)),
        somme(foyer_fiscal, period, ["defrag", "defncn", "defacc", "defmeu"]),
      ),
  },
});
