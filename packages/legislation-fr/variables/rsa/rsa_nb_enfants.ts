import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_nb_enfants = defineVariable({
  name: "rsa_nb_enfants",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Nombre d'enfants à charge du foyer RSA",
  reference: casf("R262-1", "R262-3"),
  formulas: {
    "0001-01-01": ({ famille, period }) => famille.sum(famille.members("rsa_enfant_a_charge", period)),
  },
});
