import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { montantAgepi } from "../../src/jeunes-helpers.ts";

export const agepi_mayotte = defineVariable({
  name: "agepi_mayotte",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Montant de l'aide à la garde d'enfants pour parents isolés (AGEPI) à Mayotte",
  // By the number of children under 10, at the reduced amount when the job or training is below
  // 15 hours a week (64 a month), at the full amount from it, with the amounts of Mayotte
  // (délibération n° 2013-46 du 18 décembre 2013 de Pôle emploi, art. 4; instruction n° 2014-48 du 6 juin 2014 for Mayotte).
  reference: [
    ...codeTravail("L5312-1"),
    "Délibération n° 2013-46 du 18 décembre 2013 de Pôle emploi, article 4",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n2013-46-du-18-dece.html?type=dossiers/2013/bope-n2013-128-du-24-decembre-20",
  ],
  formulas: {
    "2014-01-20": ({ individu, period, parameters }) => {
      const agepi = parameters(period).prestations_sociales.prestations_familiales.education_presence_parentale.agepi;
      const montant = montantAgepi(individu, period, agepi.montants.mayotte, {
        hebdomadaire: agepi.intensite_hebdomadaire_seuil,
        mensuel: agepi.intensite_mensuelle_seuil,
      });
      return where(individu.group("menage", "residence_mayotte", period), montant);
    },
  },
});
