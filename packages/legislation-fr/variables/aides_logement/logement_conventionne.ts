import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const logement_conventionne = defineVariable({
  name: "logement_conventionne",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Logement conventionné (ouvrant droit à l'APL)",
  reference: cch("L831-1"),
});
