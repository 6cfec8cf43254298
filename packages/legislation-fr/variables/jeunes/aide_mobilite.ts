import { add, minimum, mul, Period, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const aide_mobilite = defineVariable({
  name: "aide_mobilite",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide à la mobilité de France Travail",
  // The costs of the trips (per km of the distance, times the return trips), of the nights and
  // of the meals, within what is left of the ceiling over the twelve months before
  // (délibération n° 2021-42 du 8 juin 2021 de Pôle emploi).
  reference: [
    ...codeTravail("L5312-1"),
    "Délibération n° 2021-42 du 8 juin 2021 de Pôle emploi (aide à la mobilité)",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n-2021-42-du-8-juin-2021-bope-n2021-43.html?type=dossiers/2021/bope-n-2021-043-du-11-juin-2021",
  ],
  formulas: {
    "2021-06-09": ({ individu, period, parameters }) => {
      const montants = parameters(period).prestations_sociales.transport.aide_mobilite.montants;
      const douzeMoisAvant = new Period("year", period.start, 1).offset(-1);
      const dejaPercue = minimum(montants.maximum, individu("aide_mobilite", douzeMoisAvant, "add").map(Math.abs));
      const frais = add(
        mul(mul(montants.deplacement, individu("distance_activite_domicile", period)), individu("nombre_allers_retours", period)),
        mul(montants.hebergement, individu("nuitees", period)),
        mul(montants.repas, individu("repas", period)),
      );
      return where(individu("aide_mobilite_eligible", period), minimum(frais, sub(montants.maximum, dejaPercue)));
    },
  },
});
