import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asi = defineVariable({
  name: "asi",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation supplémentaire d'invalidité perçue",
  reference: css("L815-24"),
});
