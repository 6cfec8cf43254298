import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const af_complement_degressif = defineVariable({
  name: "af_complement_degressif",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Complément dégressif des allocations familiales",
  // Smooths the modulation: a family just above a ceiling keeps the difference between
  // the two tranches, minus its excess of resources, spread over 12 months
  // (CSS art. L521-1 and D521-3).
  reference: css("L521-1", "D521-3"),
  formulas: {
    "2015-07-01": ({ famille, period, parameters }) => {
      const af = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.af;
      const plafonds = af.af_cond_ress;
      const taux = af.af_cm.modulation;
      const nb = famille("af_nbenf", period);
      const ressources = famille("prestations_familiales_base_ressources", period);
      const modulation = famille("af_taux_modulation", period);
      const base = famille("af_base", period);
      const majoration = famille("af_majoration", period);
      const forfaitaire = famille("af_allocation_forfaitaire", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const m = modulation[i]!;
        if (m >= taux.taux_tranche_1 || m <= 0) continue;
        const plein = (base[i]! + majoration[i]! + forfaitaire[i]!) / m;
        const ajout = plafonds.majoration_plafond_par_enfant_supplementaire * nb[i]!;
        const plafondFranchi =
          m === taux.taux_tranche_2 ? plafonds.plafond_tranche_1_base + ajout : plafonds.plafond_tranche_2_base + ajout;
        const tauxPrecedent = m === taux.taux_tranche_2 ? taux.taux_tranche_1 : taux.taux_tranche_2;
        const depassement = ressources[i]! - plafondFranchi;
        out[i] = Math.max(0, 12 * plein * (tauxPrecedent - m) - depassement) / 12;
      }
      return out;
    },
  },
});
