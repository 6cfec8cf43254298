import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const travailleur_non_salarie = defineVariable({
  name: "travailleur_non_salarie",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Travailleur non salarié",
  reference: casf("R262-18"),
});
