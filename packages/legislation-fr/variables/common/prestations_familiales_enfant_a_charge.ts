import { defineVariable } from "../../src/define-variable.ts";
import { enfantACharge } from "../../src/enfant-a-charge.ts";
import { css } from "../../src/legal-references.ts";

export const prestations_familiales_enfant_a_charge = defineVariable({
  name: "prestations_familiales_enfant_a_charge",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Enfant à charge au sens des prestations familiales",
  // Under 20; from the end of compulsory schooling, only if the child earns at most
  // 55 % of the monthly SMIC (CSS art. L512-3 and R512-2).
  reference: css("L512-3", "R512-2"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const enfants = p.prestations_sociales.prestations_familiales.def_pac.enfants;
      return enfantACharge(individu, period, p, enfants.age_minimal, enfants.age_limite);
    },
  },
});
