import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const ass_precondition_remplie = defineVariable({
  name: "ass_precondition_remplie",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Remplit les conditions d'activité antérieure de l'allocation de solidarité spécifique",
  reference: codeTravail("L5423-1"),
});
