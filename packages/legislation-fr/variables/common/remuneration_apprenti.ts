import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const remuneration_apprenti = defineVariable({
  name: "remuneration_apprenti",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Rémunération de l'apprenti",
  reference: codeTravail("L6222-27"),
});
