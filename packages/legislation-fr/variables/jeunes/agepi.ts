import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const agepi = defineVariable({
  name: "agepi",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide à la garde d'enfants pour parents isolés (AGEPI) de France Travail",
  // Its amount at Mayotte or outside (délibération n° 2013-46 du 18 décembre 2013 de Pôle emploi, art. 4;
  // instruction n° 2014-48 du 6 juin 2014 for Mayotte).
  reference: [
    ...codeTravail("L5312-1"),
    "Délibération n° 2013-46 du 18 décembre 2013 de Pôle emploi, article 4",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n2013-46-du-18-dece.html?type=dossiers/2013/bope-n2013-128-du-24-decembre-20",
    "Instruction DG n° 2014-48 du 6 juin 2014 (Mayotte)",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/instruction-dg-n2014-48-du-6-jui.html?type=dossiers/2014/bope-n2014-62-du-18-juin-2014",
  ],
  formulas: {
    "2014-01-20": ({ individu, period }) => add(individu("agepi_hors_mayotte", period), individu("agepi_mayotte", period)),
  },
});
