import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const paje_colca = defineVariable({
  name: "paje_colca",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément optionnel de libre choix d'activité perçu",
  reference: css("L531-4"),
});
