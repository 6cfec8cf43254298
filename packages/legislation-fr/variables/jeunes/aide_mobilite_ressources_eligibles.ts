import { eq, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { areAuPlusMinimale } from "../../src/jeunes-helpers.ts";
import { TypesLieuResidence } from "./residence.ts";

export const aide_mobilite_ressources_eligibles = defineVariable({
  name: "aide_mobilite_ressources_eligibles",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Le demandeur d'emploi ne perçoit pas plus que l'allocation de retour à l'emploi minimale (aide à la mobilité)",
  // No ARE, or at most the minimum daily one, lower at Mayotte (délibération n° 2021-42 du 8 juin 2021).
  reference: [
    ...codeTravail("L5312-1"),
    "Délibération n° 2021-42 du 8 juin 2021 de Pôle emploi (aide à la mobilité)",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n-2021-42-du-8-juin-2021-bope-n2021-43.html?type=dossiers/2021/bope-n-2021-043-du-11-juin-2021",
  ],
  formulas: {
    "2021-06-09": ({ individu, period, parameters }) => {
      const minimum = parameters(period).chomage.allocations_assurance_chomage.alloc_base.montant_minimum.apres_1979;
      const mayotte = eq(individu.group("menage", "residence", period), TypesLieuResidence.index("mayotte"));
      const areMin = where(mayotte, minimum.mayotte, minimum.montant_minimum_hors_mayotte);
      return areAuPlusMinimale(individu("allocation_retour_emploi_journaliere", period), areMin);
    },
  },
});
