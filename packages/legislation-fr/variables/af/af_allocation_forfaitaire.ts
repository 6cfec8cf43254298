import { add, allOf, ge, gt, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const af_allocation_forfaitaire = defineVariable({
  name: "af_allocation_forfaitaire",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Allocation forfaitaire pour l'enfant qui atteint 20 ans (après modulation)",
  // Paid for one year to a family of at least three children when a child reaches
  // 20 (CSS art. L521-1, 4e alinéa, and D521-2).
  reference: css("L521-1", "D521-2"),
  formulas: {
    "2003-07-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const bmaf: number = pf.bmaf.bmaf;
      const forfait = pf.prestations_generales.af.af_maj.majoration_enfants.allocation_forfaitaire;
      const nbForfait = famille("af_allocation_forfaitaire_nb_enfants", period);
      if (toutNul(nbForfait)) return 0; // nobody's child of 20 gives the forfait
      const nb = famille("af_nbenf", period);
      const modulation = famille("af_allocation_forfaitaire_taux_modulation", period);
      const droit = allOf(gt(nbForfait, 0), ge(add(nb, nbForfait), forfait.nb_enfants_min));
      return where(droit, mul(mul(bmaf * forfait.taux, nbForfait), modulation));
    },
  },
});
