import { allOf, eq, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { ContexteActivitePoleEmploi } from "./contexte_activite_pole_emploi.ts";
import { TypesLieuEmploiFormation } from "./lieu_emploi_ou_formation.ts";

export const aide_mobilite_bon_de_transport = defineVariable({
  name: "aide_mobilite_bon_de_transport",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Éligibilité à un bon de transport de l'aide à la mobilité de France Travail",
  // A job seeker looking for a job in metropolitan France outside Corsica, who is neither in an
  // eligible category nor at most at the minimum ARE (délibération n° 2021-42 du 8 juin 2021).
  reference: [
    ...codeTravail("L5312-1"),
    "Délibération n° 2021-42 du 8 juin 2021 de Pôle emploi (aide à la mobilité)",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n-2021-42-du-8-juin-2021-bope-n2021-43.html?type=dossiers/2021/bope-n-2021-043-du-11-juin-2021",
  ],
  formulas: {
    "2021-06-09": ({ individu, period }) =>
      allOf(
        eq(individu("contexte_activite_pole_emploi", period), ContexteActivitePoleEmploi.index("recherche_emploi")),
        eq(individu("lieu_emploi_ou_formation", period), TypesLieuEmploiFormation.index("metropole_hors_corse")),
        not(individu("aide_mobilite_categories_demandeur_emploi_eligibles", period)),
        not(individu("aide_mobilite_ressources_eligibles", period)),
      ),
  },
});
