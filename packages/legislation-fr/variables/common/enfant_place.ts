import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const enfant_place = defineVariable({
  name: "enfant_place",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Enfant placé à l'aide sociale à l'enfance",
  reference: css("L521-2"),
});
