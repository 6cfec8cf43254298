import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const ass_mat = defineVariable({
  name: "ass_mat",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Garde par une assistante maternelle",
  reference: css("L531-5"),
});
