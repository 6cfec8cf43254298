import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_jeune_condition_heures_travail_remplie = defineVariable({
  name: "rsa_jeune_condition_heures_travail_remplie",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "A travaillé au moins deux ans à temps plein sur les trois dernières années (RSA jeune actif)",
  reference: casf("L262-7-1", "D262-25-1"),
});
