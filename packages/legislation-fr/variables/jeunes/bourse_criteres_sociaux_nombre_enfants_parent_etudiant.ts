import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_nombre_enfants_parent_etudiant = defineVariable({
  name: "bourse_criteres_sociaux_nombre_enfants_parent_etudiant",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre d'enfants de l'étudiant (bourse sur critères sociaux)",
  // The children of the famille (circulaire du 8 juin 2020, annexe 2, 1).
  reference: BCS_REFERENCE,
  formulas: {
    "0001-01-01": ({ famille }) => famille.nbPersons("enfant"),
  },
});
