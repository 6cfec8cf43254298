import { defineVariable } from "@zero/engine";
import { cch } from "../../src/legal-references.ts";

export const als = defineVariable({
  name: "als",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de logement sociale perçue",
  reference: cch("L841-1"),
});
