import { allOf, anyOf, eq, gt, le, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { TypesActivite } from "../common/activite.ts";

export const ass_eligibilite_individu = defineVariable({
  name: "ass_eligibilite_individu",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Remplit les conditions personnelles de l'allocation de solidarité spécifique",
  // A job seeker whose unemployment insurance benefits have ended, with five years of work
  // in the ten years before the end of the contract (ass_precondition_remplie), under the
  // age limit (C. trav. art. L5423-1 and R5423-1). From 2017, not with the AAH (loi
  // n° 2016-1917 du 29 décembre 2016, art. 87), and still while taking up a job within
  // the months of combination allowed (R5425-2).
  reference: codeTravail("L5423-1", "R5423-1", "R5425-2"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const ageMax: number = parameters(period).chomage.allocations_assurance_chomage.ass.age_max;
      const precondition = individu("ass_precondition_remplie", period);
      if (toutNul(precondition)) return 0;
      const chomeur = eq(individu("activite", period), TypesActivite.index("chomeur"));
      const nonIndemnise = eq(individu("chomage_net", period), 0);
      return allOf(precondition, chomeur, nonIndemnise, le(individu("age_en_mois", period), ageMax));
    },
    "2017-01-01": ({ individu, period, parameters }) => {
      const ageMax: number = parameters(period).chomage.allocations_assurance_chomage.ass.age_max;
      const precondition = individu("ass_precondition_remplie", period);
      if (toutNul(precondition)) return 0;
      const chomeur = eq(individu("activite", period), TypesActivite.index("chomeur"));
      const nonIndemnise = eq(individu("chomage_net", period), 0);
      const demandeur = anyOf(chomeur, individu("ass_eligibilite_cumul_individu", period));
      const sansAah = not(gt(individu("aah", period), 0));
      return allOf(allOf(precondition, nonIndemnise, demandeur), sansAah, le(individu("age_en_mois", period), ageMax));
    },
  },
});
