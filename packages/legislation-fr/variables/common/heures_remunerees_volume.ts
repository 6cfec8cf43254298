import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const heures_remunerees_volume = defineVariable({
  name: "heures_remunerees_volume",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Heures rémunérées dans le mois",
  reference: codeTravail("L3121-1"),
});
