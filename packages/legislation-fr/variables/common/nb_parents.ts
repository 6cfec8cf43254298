import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const nb_parents = defineVariable({
  name: "nb_parents",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Nombre d'adultes (allocataire et conjoint) de la famille",
  reference: casf("R262-1"),
  formulas: {
    "0001-01-01": ({ famille }) => famille.nbPersons("parent"),
  },
});
