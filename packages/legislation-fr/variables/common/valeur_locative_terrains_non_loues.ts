import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const valeur_locative_terrains_non_loues = defineVariable({
  name: "valeur_locative_terrains_non_loues",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Valeur locative des terrains non loués",
  reference: casf("R262-6"),
});
