import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const asf = defineVariable({
  name: "asf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de soutien familial perçue",
  reference: css("L523-1"),
});
