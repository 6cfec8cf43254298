import { allOf, countMembers, div, eq, minimum, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const af_coeff_garde_alternee = defineVariable({
  name: "af_coeff_garde_alternee",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  default: 1,
  label: "Coefficient appliqué aux allocations familiales pour les enfants en résidence alternée",
  // Since May 2007 a child in alternating residence counts for half in each household
  // (CSS art. L521-2 and R521-2).
  reference: css("L521-2", "R521-2"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const facteur: number =
        parameters(period).prestations_sociales.prestations_familiales.prestations_generales.af.af_cm.facteur_garde_alternee ?? 1;
      const nb = famille("af_nbenf", period);
      const aCharge = famille.members("prestations_familiales_enfant_a_charge", period);
      const alterne = famille.members("garde_alternee", period);
      const alternes = countMembers(famille, allOf(aCharge, alterne));
      // Each child in alternating custody counts for `facteur` of a child.
      return where(eq(nb, 0), 1, div(sub(nb, mul(1 - facteur, minimum(nb, alternes))), nb));
    },
  },
});
