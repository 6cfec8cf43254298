import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const aah = defineVariable({
  name: "aah",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation aux adultes handicapés perçue",
  reference: css("L821-1"),
});
