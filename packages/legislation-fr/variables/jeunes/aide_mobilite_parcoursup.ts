import { allOf, eq, gt, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { TypesClasse } from "./annee_etude.ts";

export const aide_mobilite_parcoursup = defineVariable({
  name: "aide_mobilite_parcoursup",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Aide à la mobilité Parcoursup",
  // A pupil in terminale whose famille receives a bourse de lycée and who wishes to study outside
  // their académie (aide à la mobilité Parcoursup since 2019).
  reference: [
    ...codeEducation("L612-3"),
    "Étudiant.gouv.fr, aide à la mobilité Parcoursup",
    "https://www.etudiant.gouv.fr/fr/le-repas-au-crous-passe-1-euro-pour-tous-les-etudiants-2314",
  ],
  formulas: {
    "2019-05-14": ({ individu, period, parameters }) => {
      const montant = parameters(period).prestations_sociales.education.mobilite.parcoursup.montant;
      const eligible = allOf(
        individu("sortie_academie", period),
        eq(individu("annee_etude", period), TypesClasse.index("terminale")),
        gt(individu.group("famille", "bourse_lycee", period), 0),
      );
      return mul(eligible, montant);
    },
  },
});
