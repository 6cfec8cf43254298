import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const dedommagement_victime_amiante = defineVariable({
  name: "dedommagement_victime_amiante",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Dédommagement des victimes de l'amiante",
  reference: casf("R262-11"),
});
