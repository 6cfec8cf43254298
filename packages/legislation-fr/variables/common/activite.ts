import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const TypesActivite = defineEnum("TypesActivite", {
  actif: "Actif occupé",
  chomeur: "Chômeur",
  etudiant: "Étudiant, élève",
  retraite: "Retraité",
  inactif: "Autre inactif",
});

export const activite = defineVariable({
  name: "activite",
  entity: "individu",
  valueType: "enum",
  possibleValues: TypesActivite,
  default: "inactif",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Situation vis-à-vis de l'activité",
  // Students are excluded from the RSA (CASF art. L262-4, 4°).
  reference: casf("L262-4"),
});
