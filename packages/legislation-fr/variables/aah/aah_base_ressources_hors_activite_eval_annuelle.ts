import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { AAH_AUTRES_RESSOURCES } from "../../src/ressources.ts";

export const aah_base_ressources_hors_activite_eval_annuelle = defineVariable({
  name: "aah_base_ressources_hors_activite_eval_annuelle",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources autres que d'activité de l'année N-2 retenues pour l'AAH",
  // Replacement income, pensions and maintenance of the reference year N-2 (CSS art.
  // L821-3, R821-4 and R532-3).
  reference: css("L821-3", "R821-4", "R532-3"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const annee = period.thisYear.offset(-2);
      const out = new Float64Array(individu.count);
      for (const name of AAH_AUTRES_RESSOURCES.at(period)) {
        const v = individu(name, annee, "add");
        for (let i = 0; i < out.length; i++) out[i]! += v[i]!;
      }
      return out;
    },
  },
});
