import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const acs_plafond = defineVariable({
  name: "acs_plafond",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Plafond annuel de ressources de l'ACS, puis de la complémentaire santé solidaire avec participation",
  // The CMU-C's plafond raised by 35 % since 2012 (CSS art. L863-1 until October 2019, then
  // L861-1, 2°).
  reference: css("L861-1", "L863-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const majoration: number = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.acs.majoration_plafond_acs;
      return mul(famille("cmu_c_plafond", period), 1 + majoration);
    },
  },
});
