import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const departement_experimentation_rsa = defineVariable({
  name: "departement_experimentation_rsa",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Département participant à l'expérimentation du RSA rénové",
  reference: casf("L262-7"),
});
