import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const iai = defineVariable({
  name: "iai",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt avant imputations (crédits d'impôt et acomptes)",
  // The tax after reductions, plus the taxes at proportional rates on gains and some capital income.
  reference: cgi("197", "200 A"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      return add(f("iaidrdi"), f("taxation_plus_values_hors_bareme"), f("cont_rev_loc"), f("indemnite_compensatrice_agents_assurance"));
    },
    "2013-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      return add(
        f("iaidrdi"),
        f("taxation_plus_values_hors_bareme"),
        f("cont_rev_loc"),
        f("tax_rvcm_forfaitaire"),
        f("indemnite_compensatrice_agents_assurance"),
      );
    },
  },
});
