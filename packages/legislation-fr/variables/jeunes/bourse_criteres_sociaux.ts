import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux = defineVariable({
  name: "bourse_criteres_sociaux",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Bourse sur critères sociaux de l'enseignement supérieur (montant mensuel)",
  // The monthly amount of the student's echelon (circulaire du 8 juin 2020, annexe 7).
  reference: BCS_REFERENCE,
  formulas: {
    "2020-07-22": ({ individu, period, parameters }) =>
      parameters(period).prestations_sociales.education.bourses.enseignement_superieur.criteres_sociaux.montants.calc(
        individu("bourse_criteres_sociaux_echelon", period),
      ),
  },
});
