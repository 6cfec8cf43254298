import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

/** Mayotte: INSEE commune codes starting with 976 (« 97 » then « 6 »), read in place. */
function isMayotte(code: string): boolean {
  return code.charCodeAt(0) === 57 && code.charCodeAt(1) === 55 && code.charCodeAt(2) === 54;
}

export const residence_mayotte = defineVariable({
  name: "residence_mayotte",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Résidence à Mayotte",
  // The commune code of the dwelling (976xx), as OpenFisca-France derives it; Mayotte has its
  // own rules for several benefits (CASF art. L542-6).
  reference: casf("L542-6"),
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const depcom = menage.strings("depcom", period);
      const out = new Uint8Array(depcom.length);
      for (let i = 0; i < out.length; i++) out[i] = isMayotte(depcom[i]!) ? 1 : 0;
      return out;
    },
  },
});
