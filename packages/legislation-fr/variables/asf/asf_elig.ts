import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asf_elig = defineVariable({
  name: "asf_elig",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Famille pouvant prétendre à l'allocation de soutien familial",
  // The person who takes charge of the child lives alone, without a spouse, partner or
  // concubin (CSS art. L523-1 and L523-2). Without more information, a parent alone in the
  // famille is taken to raise a child deprived of the other parent's support.
  reference: css("L523-1", "L523-2"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const parents = famille("nb_parents", period);
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = parents[i] === 1 ? 1 : 0;
      return out;
    },
  },
});
