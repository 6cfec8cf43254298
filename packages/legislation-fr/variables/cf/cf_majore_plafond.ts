import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cf_majore_plafond = defineVariable({
  name: "cf_majore_plafond",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Plafond de ressources du complément familial majoré",
  // Half of the complément familial's ceiling (CSS art. L522-3 and D522-2, since April 2014).
  reference: css("L522-3", "D522-2"),
  formulas: {
    "2014-04-01": ({ famille, period, parameters }) => {
      const taux: number =
        parameters(period).prestations_sociales.prestations_familiales.prestations_generales.cf.cf_plaf.plafond_cf_majore;
      const plafond = famille("cf_plafond", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = plafond[i]! * taux;
      return out;
    },
  },
});
