import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const retraite_nette = defineVariable({
  name: "retraite_nette",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Pensions de retraite nettes",
  reference: css("L351-1"),
});
