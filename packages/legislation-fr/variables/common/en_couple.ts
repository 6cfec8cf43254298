import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const en_couple = defineVariable({
  name: "en_couple",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "L'allocataire vit en couple",
  // Married, pacsed or concubins: one foyer for the RSA (CASF art. L262-2 and R262-1).
  reference: casf("L262-2", "R262-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const nb = famille("nb_parents", period);
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = nb[i]! >= 2 ? 1 : 0;
      return out;
    },
  },
});
