import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const gains_exceptionnels = defineVariable({
  name: "gains_exceptionnels",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Gains exceptionnels",
  reference: casf("R262-6"),
});
