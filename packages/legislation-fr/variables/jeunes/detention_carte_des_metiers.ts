import { allOf, lt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const detention_carte_des_metiers = defineVariable({
  name: "detention_carte_des_metiers",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Détient la carte d'étudiant des métiers",
  // An apprentice or a young person in contrat de professionnalisation under 26 (Code du travail,
  // art. L6222-36-1 and L6325-6-2).
  reference: codeTravail("L6222-36-1", "L6325-6-2"),
  formulas: {
    "2011-07-28": ({ individu, period, parameters }) =>
      allOf(
        individu("alternant", period),
        lt(individu("age", period), parameters(period).prestations_sociales.education.carte_des_metiers.age_maximal),
      ),
  },
});
