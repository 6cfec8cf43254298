import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const garde_alternee = defineVariable({
  name: "garde_alternee",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Enfant en résidence alternée",
  reference: css("L521-2", "R521-2"),
});
