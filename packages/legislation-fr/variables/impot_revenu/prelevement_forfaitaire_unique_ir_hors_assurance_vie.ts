import { add, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const prelevement_forfaitaire_unique_ir_hors_assurance_vie = defineVariable({
  name: "prelevement_forfaitaire_unique_ir_hors_assurance_vie",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label:
    "Partie du prélèvement forfaitaire unique associée à l'impôt sur le revenu (hors assurance-vie, épargne solidaire et produits venant des états non-coopératifs)",
  // The flat rate on income and gains from securities other than life insurance (CGI art. 200 A, 1, A, 1°).
  reference: cgi("200 A"),
  formulas: {
    "2018-01-01": ({ foyer_fiscal, period, parameters }) => {
      const taux =
        parameters(period).taxation_capital.prelevement_forfaitaire.partir_2018
          .taux_prelevement_forfaitaire_rev_capital_eligibles_pfu_interets_dividendes_etc;
      const revenus = sub(
        foyer_fiscal("revenus_capitaux_prelevement_forfaitaire_unique_ir", period, "add"),
        foyer_fiscal("assurance_vie_pfu_ir", period),
      );
      return mul(add(revenus, foyer_fiscal("plus_values_prelevement_forfaitaire_unique_ir", period)), taux);
    },
  },
});
