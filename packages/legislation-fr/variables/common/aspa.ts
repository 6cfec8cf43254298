import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const aspa = defineVariable({
  name: "aspa",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de solidarité aux personnes âgées perçue",
  reference: css("L815-1"),
});
