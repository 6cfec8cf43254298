import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const inapte_travail = defineVariable({
  name: "inapte_travail",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Reconnu inapte au travail",
  reference: css("L351-7"),
});
