import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const paje_prepare = defineVariable({
  name: "paje_prepare",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prestation partagée d'éducation de l'enfant perçue",
  reference: css("L531-4"),
});
