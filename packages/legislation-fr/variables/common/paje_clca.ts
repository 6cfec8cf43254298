import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const paje_clca = defineVariable({
  name: "paje_clca",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément de libre choix d'activité perçu",
  reference: css("L531-4"),
});
