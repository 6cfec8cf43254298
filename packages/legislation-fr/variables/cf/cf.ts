import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cf = defineVariable({
  name: "cf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément familial",
  // The majorated amount when due, otherwise the normal or differential one; not paid
  // together with the allocation de base of the PAJE (CSS art. L522-1, L522-3 and L531-1).
  reference: css("L522-1", "L522-3", "L531-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const nonMajore = famille("cf_non_majore_avant_cumul", period);
      const majore = famille("cf_majore_avant_cumul", period);
      const paje = famille("paje_base", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = paje[i]! > 0 ? 0 : Math.max(nonMajore[i]!, majore[i]!);
      return out;
    },
  },
});
