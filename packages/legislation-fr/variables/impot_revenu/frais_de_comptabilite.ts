import { minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const frais_de_comptabilite = defineVariable({
  name: "frais_de_comptabilite",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2024-12-31",
  label: "frais_de_comptabilite",
  // The costs of keeping accounts and of membership of an approved centre (7FF), within a ceiling per
  // activity (7FG) (CGI art. 199 quater B, repealed for the incomes of 2025).
  reference: cgi("199 quater B"),
  formulas: {
    "1982-01-01": ({ foyer_fiscal, period, parameters }) =>
      minimum(
        foyer_fiscal("f7ff", period),
        mul(parameters(period).impot_revenu.calcul_reductions_impots.divers.frais_de_comptabilite.plafond, foyer_fiscal("f7fg", period)),
      ),
  },
});
