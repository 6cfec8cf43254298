import { defineVariable } from "../../src/define-variable.ts";
import { codeEnergie } from "../../src/legal-references.ts";
import { CGCT_LO6314_3 } from "../../src/cheque-energie.ts";

/** Saint-Martin: INSEE commune code 978 (« 97 » then « 8 »), read in place. */
function isSaintMartin(code: string): boolean {
  return code.charCodeAt(0) === 57 && code.charCodeAt(1) === 55 && code.charCodeAt(2) === 56;
}

export const residence_saint_martin = defineVariable({
  name: "residence_saint_martin",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Résidence à Saint-Martin",
  // The collectivity of Saint-Martin has its own rules for energy (CGCT art. LO6314-3), outside
  // the chèque énergie of Code de l'énergie, art. L124-1.
  reference: [...codeEnergie("L124-1"), ...CGCT_LO6314_3],
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const depcom = menage.strings("depcom", period);
      const out = new Uint8Array(depcom.length);
      for (let i = 0; i < out.length; i++) out[i] = isSaintMartin(depcom[i]!) ? 1 : 0;
      return out;
    },
  },
});
