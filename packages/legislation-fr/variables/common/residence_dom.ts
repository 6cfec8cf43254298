import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";

/** Overseas départements: INSEE commune codes 971xx to 976xx. */
const DOM_PREFIXES = ["971", "972", "973", "974", "976"];

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
      return depcom.map((code) => (DOM_PREFIXES.some((p) => code.startsWith(p)) ? 1 : 0));
    },
  },
});
