import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const gar_dom = defineVariable({
  name: "gar_dom",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Garde à domicile",
  reference: css("L531-5"),
});
