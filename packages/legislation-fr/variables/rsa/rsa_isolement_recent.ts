import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_isolement_recent = defineVariable({
  name: "rsa_isolement_recent",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Personne devenue isolée depuis moins de 18 mois",
  reference: casf("L262-9", "R262-1"),
});
