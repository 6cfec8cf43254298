import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const allocation_retour_emploi = defineVariable({
  name: "allocation_retour_emploi",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation d'aide au retour à l'emploi perçue",
  reference: codeTravail("L5422-1"),
});
