import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aides_logement = defineVariable({
  name: "aides_logement",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aides personnelles au logement perçues (saisie globale)",
  reference: cch("L821-1"),
});
