import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const prestation_compensatoire = defineVariable({
  name: "prestation_compensatoire",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prestation compensatoire perçue",
  reference: codeCivil("270"),
});
