import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const empl_dir = defineVariable({
  name: "empl_dir",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Garde par un salarié employé directement",
  reference: css("L531-5"),
});
