import { allOf, anyOf, eq } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { TypesCategoriesDemandeurEmploi } from "./pole_emploi_categorie_demandeur_emploi.ts";

export const aide_mobilite_categories_demandeur_emploi_eligibles = defineVariable({
  name: "aide_mobilite_categories_demandeur_emploi_eligibles",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Le demandeur d'emploi est inscrit dans une catégorie qui ouvre droit à l'aide à la mobilité",
  // Categories 1, 2, 3, 6, 7 and 8, 4 as a trainee of vocational training, 5 in a contrat aidé
  // (délibération n° 2021-42 du 8 juin 2021 de Pôle emploi).
  reference: [
    ...codeTravail("L5312-1", "R5411-10"),
    "Délibération n° 2021-42 du 8 juin 2021 de Pôle emploi (aide à la mobilité)",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n-2021-42-du-8-juin-2021-bope-n2021-43.html?type=dossiers/2021/bope-n-2021-043-du-11-juin-2021",
  ],
  formulas: {
    "2021-06-09": ({ individu, period }) => {
      const categorie = individu("pole_emploi_categorie_demandeur_emploi", period);
      const en = (
        ...categories: (
          "categorie_1" | "categorie_2" | "categorie_3" | "categorie_4" | "categorie_5" | "categorie_6" | "categorie_7" | "categorie_8"
        )[]
      ) => anyOf(...categories.map((c) => eq(categorie, TypesCategoriesDemandeurEmploi.index(c))));
      return anyOf(
        en("categorie_1", "categorie_2", "categorie_3", "categorie_6", "categorie_7", "categorie_8"),
        allOf(en("categorie_4"), individu("stagiaire", period)),
        allOf(en("categorie_5"), individu("contrat_aide", period)),
      );
    },
  },
});
