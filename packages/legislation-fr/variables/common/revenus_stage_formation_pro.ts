import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const revenus_stage_formation_pro = defineVariable({
  name: "revenus_stage_formation_pro",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Rémunération de stagiaire de la formation professionnelle",
  reference: codeTravail("L6341-7"),
});
