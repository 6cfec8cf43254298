import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

/**
 * Overseas départements: INSEE commune codes starting with 971, 972, 973, 974 or 976
 * ("97" then 1, 2, 3, 4 or 6), read in place.
 */
function isDomCode(code: string): boolean {
  if (code.charCodeAt(0) !== 57 || code.charCodeAt(1) !== 55) return false;
  const c = code.charCodeAt(2);
  return c === 49 || c === 50 || c === 51 || c === 52 || c === 54;
}

export const residence_dom = defineVariable({
  name: "residence_dom",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Résidence dans un département d'outre-mer",
  reference: casf("L262-2", "R262-1"),
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const depcom = menage.strings("depcom", period);
      const out = new Uint8Array(depcom.length);
      for (let i = 0; i < out.length; i++) out[i] = isDomCode(depcom[i]!) ? 1 : 0;
      return out;
    },
  },
});
