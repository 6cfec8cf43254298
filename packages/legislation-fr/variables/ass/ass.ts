import { allOf, div, ge, maximum, minimum, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";

export const ass = defineVariable({
  name: "ass",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de solidarité spécifique",
  // Thirty daily amounts (Mayotte's own daily amount there), within the ceiling of 70 daily
  // amounts for a person alone or 110 for a couple less the famille's resources of the last
  // twelve months, as a monthly amount (C. trav. art. L5423-1, R5423-1 and R5423-2); nothing
  // is paid below one daily amount.
  reference: codeTravail("L5423-1", "R5423-1", "R5423-2"),
  formulas: {
    "2005-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).chomage.allocations_assurance_chomage.ass;
      const eligible = individu("ass_eligibilite_individu", period);
      // Nobody eligible: no need to evaluate anyone's resources.
      if (toutNul(eligible)) return 0;
      const journalier = where(individu.group("menage", "residence_mayotte", period), p.montant_plein_mayotte, p.montant_plein);
      const plafond = mul(journalier, where(individu.group("famille", "en_couple", period), p.plaf_coup, p.plaf_seul));
      const ressourcesMensuelles = div(individu.group("famille", "ass_base_ressources", period), 12);
      const montant = maximum(0, minimum(mul(30, journalier), sub(plafond, ressourcesMensuelles)));
      return where(allOf(eligible, ge(montant, p.montant_plein)), montant);
    },
  },
});
