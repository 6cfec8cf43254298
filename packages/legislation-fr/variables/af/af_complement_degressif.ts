import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";
import { complementDegressif } from "../../src/af-modulation.ts";

export const af_complement_degressif = defineVariable({
  name: "af_complement_degressif",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Complément dégressif des allocations familiales",
  // Smooths the modulation just above each ceiling (CSS art. L521-1 and D521-3).
  reference: css("L521-1", "D521-3"),
  formulas: {
    "2015-07-01": ({ famille, period, parameters }) => {
      const af = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.af;
      const nb = famille("af_nbenf", period);
      if (toutNul(nb)) return 0; // no child, no allowance to complement
      const ressources = famille("prestations_familiales_base_ressources", period);
      const modulation = famille("af_taux_modulation", period);
      const base = famille("af_base", period);
      const majoration = famille("af_majoration", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        // Only the allowance of two children or more, not the overseas one-child amount.
        if (modulation[i]! <= 0 || nb[i]! < af.af_cm.nb_enfants_min_pour_allocation) continue;
        const plein = (base[i]! + majoration[i]!) / modulation[i]!;
        out[i] = complementDegressif(af, plein, ressources[i]!, nb[i]!);
      }
      return out;
    },
  },
});
