import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const residence_martinique = defineVariable({
  name: "residence_martinique",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Résidence en Martinique",
  // INSEE commune codes starting with 972; the plafond of the complémentaire santé solidaire is
  // raised there (CSS art. D861-1).
  reference: css("D861-1"),
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const depcom = menage.strings("depcom", period);
      const out = new Uint8Array(depcom.length);
      // "97" then "2", read in place.
      for (let i = 0; i < out.length; i++) {
        const code = depcom[i]!;
        out[i] = code.charCodeAt(0) === 57 && code.charCodeAt(1) === 55 && code.charCodeAt(2) === 50 ? 1 : 0;
      }
      return out;
    },
  },
});
