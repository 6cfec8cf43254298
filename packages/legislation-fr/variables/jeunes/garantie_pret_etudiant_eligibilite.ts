import { allOf, eq, le } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { TypesScolarite } from "../common/scolarite.ts";

export const garantie_pret_etudiant_eligibilite = defineVariable({
  name: "garantie_pret_etudiant_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité à la garantie de l'État au prêt étudiant",
  // Of age, 28 at most, in higher education, and meeting the condition of nationality or residence.
  reference: [
    ...codeEducation("L821-1"),
    "Service-public.fr, prêt étudiant garanti par l'État",
    "https://www.service-public.fr/particuliers/vosdroits/F986",
  ],
  formulas: {
    "2020-06-08": ({ individu, period, parameters }) => {
      const ageMax = parameters(period).prestations_sociales.education.garantie_pret_etudiant.age_max;
      return allOf(
        individu("majeur", period),
        eq(individu("scolarite", period), TypesScolarite.index("enseignement_superieur")),
        le(individu("age", period), ageMax),
        individu("garantie_pret_etudiant_condition_nationalite", period),
      );
    },
  },
});
