import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const als = defineVariable({
  name: "als",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de logement sociale",
  // The aide au logement when it is neither the APL nor the ALF (CCH art. L821-1, 3°,
  // and L841-1).
  reference: cch("L821-1", "L841-1"),
  formulas: {
    "2002-01-01": ({ famille, period }) => {
      const aide = famille("aide_logement", period);
      const apl = famille("apl", period);
      const alf = famille("alf", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) if (apl[i] === 0 && alf[i] === 0) out[i] = aide[i]!;
      return out;
    },
  },
});
