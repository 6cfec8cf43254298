import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { previousMonths, sumOf } from "../../src/formula-helpers.ts";
import { AAH_REVENUS_ACTIVITE } from "../../src/ressources.ts";

export const aah_base_ressources_activite_eval_trimestrielle = defineVariable({
  name: "aah_base_ressources_activite_eval_trimestrielle",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus d'activité du trimestre de référence de l'AAH, en montant annuel",
  // A person working in an ordinary environment declares the income of the three months
  // before the month of right, counted four times over (CSS art. R821-4-1 and R821-4-2).
  reference: css("R821-4-1", "R821-4-2"),
  formulas: {
    "2011-01-01": ({ individu, period }) => {
      const out = new Float64Array(individu.count);
      for (const month of previousMonths(period, 3)) {
        const v = sumOf(individu, AAH_REVENUS_ACTIVITE.at(period), month);
        for (let i = 0; i < out.length; i++) out[i]! += 4 * v[i]!;
      }
      return out;
    },
  },
});
