import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_points_de_charge_distance_domicile_familial = defineVariable({
  name: "bourse_criteres_sociaux_points_de_charge_distance_domicile_familial",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Points de charge selon la distance du domicile familial (bourse sur critères sociaux)",
  // By the distance between the family home and the place of studies (circulaire du 8 juin 2020, annexe 3, 2.1).
  reference: BCS_REFERENCE,
  formulas: {
    "2006-03-31": ({ individu, period, parameters }) =>
      parameters(
        period,
      ).prestations_sociales.education.bourses.enseignement_superieur.criteres_sociaux.points_de_charge.distance_domicile_familial.calc(
        individu("bourse_criteres_sociaux_distance_domicile_familial", period),
      ),
  },
});
