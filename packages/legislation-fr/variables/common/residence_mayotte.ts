import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const residence_mayotte = defineVariable({
  name: "residence_mayotte",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Résidence à Mayotte",
  reference: casf("L542-6"),
});
