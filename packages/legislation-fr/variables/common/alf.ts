import { defineVariable } from "@zero/engine";
import { cch } from "../../src/legal-references.ts";

export const alf = defineVariable({
  name: "alf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de logement familiale perçue",
  reference: cch("L841-1"),
});
