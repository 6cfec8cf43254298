import { allOf, anyOf, eq, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { TypesClasse } from "./annee_etude.ts";

export const aide_mobilite_master = defineVariable({
  name: "aide_mobilite_master",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Aide à la mobilité en master",
  // A student with a bourse who changes région académique between the third year of licence and
  // the first year of master (décret n° 2017-969 du 10 mai 2017); the first enrolment in master
  // the year after the licence is not checked.
  reference: [
    "Décret n° 2017-969 du 10 mai 2017 relatif à l'aide à la mobilité accordée aux étudiants inscrits en première année du diplôme national de master",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000034675851/",
  ],
  formulas: {
    "2017-08-21": ({ individu, period, parameters }) => {
      const montant = parameters(period).prestations_sociales.education.mobilite.master.montant;
      const annee = individu("annee_etude", period);
      const enTransition = anyOf(eq(annee, TypesClasse.index("licence_3")), eq(annee, TypesClasse.index("master_1")));
      return mul(allOf(individu("sortie_region_academique", period), enTransition, individu("boursier", period)), montant);
    },
  },
});
