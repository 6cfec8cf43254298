import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asi = defineVariable({
  name: "asi",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "Allocation supplémentaire d'invalidité perçue par la personne",
  reference: css("L815-24"),
});
