import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_autres_revenus_chiffre_affaires = defineVariable({
  name: "rpns_autres_revenus_chiffre_affaires",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Chiffre d'affaires du travailleur non salarié",
  reference: cgi("50-0", "102 ter"),
});
