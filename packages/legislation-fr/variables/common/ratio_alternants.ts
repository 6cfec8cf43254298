import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const ratio_alternants = defineVariable({
  name: "ratio_alternants",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Part des alternants dans l'effectif de l'entreprise",
  reference: codeTravail("L6241-1"),
});
