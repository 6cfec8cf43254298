import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const tns_avec_employe = defineVariable({
  name: "tns_avec_employe",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Le travailleur non salarié emploie des salariés",
  reference: casf("R262-23"),
});
