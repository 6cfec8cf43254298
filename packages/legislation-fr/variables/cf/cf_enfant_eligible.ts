import { defineVariable } from "../../src/define-variable.ts";
import { enfantACharge } from "../../src/enfant-a-charge.ts";
import { css } from "../../src/legal-references.ts";

export const cf_enfant_eligible = defineVariable({
  name: "cf_enfant_eligible",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Enfant ouvrant droit au complément familial",
  // A child of the famille, aged 3 to 20 (under 21), who does not earn more than 55 % of
  // the SMIC once out of compulsory schooling (CSS art. L522-1, L512-3, R512-2, D522-1).
  reference: css("L522-1", "L512-3", "R512-2", "D522-1"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const cm = p.prestations_sociales.prestations_familiales.prestations_generales.cf.cf_cm;
      return enfantACharge(individu, period, p, cm.age_min, cm.age_max);
    },
  },
});
