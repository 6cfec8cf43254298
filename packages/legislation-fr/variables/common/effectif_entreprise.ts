import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const effectif_entreprise = defineVariable({
  name: "effectif_entreprise",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Effectif de l'entreprise de l'employeur",
  reference: codeTravail("L1111-2"),
});
