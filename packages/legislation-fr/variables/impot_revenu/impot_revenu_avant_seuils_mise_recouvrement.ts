import { add, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const impot_revenu_avant_seuils_mise_recouvrement = defineVariable({
  name: "impot_revenu_avant_seuils_mise_recouvrement",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt sur le revenu restant à payer (négatif), avant les seuils de mise en recouvrement",
  // The tax, the contribution on high incomes and the flat tax on capital income, less the tax
  // credits and the advance payments; counted negative, as a payment by the household.
  reference: cgi("197", "200 A", "223 sexies", "1657"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      const dus = add(f("iai"), f("contribution_exceptionnelle_hauts_revenus"), f("prelevement_forfaitaire_unique_ir"));
      return mul(-1, sub(sub(dus, f("credits_impot")), f("acomptes_ir")));
    },
  },
});
