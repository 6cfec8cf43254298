import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const indemnites_chomage_partiel = defineVariable({
  name: "indemnites_chomage_partiel",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités d'activité partielle",
  reference: codeTravail("L5122-1"),
});
