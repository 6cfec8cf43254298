import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const depcom = defineVariable({
  name: "depcom",
  entity: "menage",
  valueType: "str",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Code INSEE de la commune du logement",
  reference: casf("L262-2"),
});
