import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const cf_non_majore_avant_cumul = defineVariable({
  name: "cf_non_majore_avant_cumul",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément familial non majoré, avant règles de cumul",
  reference: css("L522-1"),
});
