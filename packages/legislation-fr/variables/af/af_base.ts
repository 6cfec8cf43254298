import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const af_base = defineVariable({
  name: "af_base",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Allocations familiales, montant de base (après modulation)",
  // 32 % of the BMAF for two children, 41 % more per further child (CSS art. D521-1).
  reference: css("L521-1", "D521-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const bmaf: number = pf.bmaf.bmaf;
      const cm = pf.prestations_generales.af.af_cm;
      const nbMin: number = cm.nb_enfants_min_pour_allocation;
      const nb = famille("af_nbenf", period);
      const modulation = famille("af_taux_modulation", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const n = nb[i]!;
        if (n < nbMin || n < cm.taux.nb_enf2) continue;
        const taux = cm.taux.enf2 + cm.taux.enf3 * Math.max(0, n - cm.taux.nb_enf3 + 1);
        out[i] = bmaf * taux * modulation[i]!;
      }
      return out;
    },
  },
});
