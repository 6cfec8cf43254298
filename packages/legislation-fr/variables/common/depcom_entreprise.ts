import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const depcom_entreprise = defineVariable({
  name: "depcom_entreprise",
  entity: "individu",
  valueType: "str",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Code INSEE de la commune de l'établissement employeur",
  reference: codeTravail("L1111-2"),
});
