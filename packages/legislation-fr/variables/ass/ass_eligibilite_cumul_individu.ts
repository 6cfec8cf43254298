import { add, allOf, eq, gt, le, lt, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { TypesActivite } from "../common/activite.ts";

export const ass_eligibilite_cumul_individu = defineVariable({
  name: "ass_eligibilite_cumul_individu",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Peut cumuler l'allocation de solidarité spécifique avec un revenu d'activité",
  // A beneficiary who takes up a job keeps the ASS for three months of work, counted over
  // the twelve months before and the month itself; three months in a row without work as a
  // job seeker start the count again (C. trav. art. R5425-2, décret n° 2017-826 du 5 mai 2017).
  reference: codeTravail("R5425-2"),
  formulas: {
    "2017-09-01": ({ individu, period }) => {
      if (toutNul(individu("ass_precondition_remplie", period))) return 0;
      const chomeurIndex = TypesActivite.index("chomeur");
      let moisCumul: Float64Array = new Float64Array(individu.count);
      let moisSansActivite: Float64Array = new Float64Array(individu.count);
      for (let k = -12; k <= 0; k++) {
        const mois = period.offset(k);
        const activite = gt(individu("salaire_imposable", mois), 0);
        const chomeur = eq(individu("activite", mois), chomeurIndex);
        // Three months in a row without work start the count again.
        moisCumul = where(lt(moisSansActivite, 3), moisCumul);
        moisSansActivite = where(allOf(not(activite), chomeur), add(moisSansActivite, 1));
        const cumul = allOf(allOf(activite, not(chomeur), individu("ass_precondition_remplie", mois)), not(gt(individu("aah", mois), 0)));
        moisCumul = add(moisCumul, cumul);
      }
      return le(moisCumul, 3);
    },
  },
});
