import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const date_arret_de_travail = defineVariable({
  name: "date_arret_de_travail",
  entity: "individu",
  valueType: "date",
  definitionPeriod: "eternity",
  // As in OpenFisca-France (`date.min`): the earliest date stands for « not given ».
  default: "0001-01-01",
  label: "Date du début de l'arrêt de travail",
  reference: css("L321-1"),
});
