import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const cf = defineVariable({
  name: "cf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément familial perçu",
  reference: css("L522-1"),
});
