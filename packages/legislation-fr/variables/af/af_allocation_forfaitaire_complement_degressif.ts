import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";
import { complementDegressif } from "../../src/af-modulation.ts";

export const af_allocation_forfaitaire_complement_degressif = defineVariable({
  name: "af_allocation_forfaitaire_complement_degressif",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Complément dégressif de l'allocation forfaitaire",
  // The forfait has its own complément dégressif, on its own ceilings (CSS art. D521-3).
  reference: css("L521-1", "D521-3"),
  formulas: {
    "2015-07-01": ({ famille, period, parameters }) => {
      const af = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.af;
      const forfaitaire = famille("af_allocation_forfaitaire", period);
      if (toutNul(forfaitaire)) return 0; // no forfait, nothing to complement
      const nb = famille("af_nbenf", period);
      const nbForfait = famille("af_allocation_forfaitaire_nb_enfants", period);
      const ressources = famille("prestations_familiales_base_ressources", period);
      const modulation = famille("af_allocation_forfaitaire_taux_modulation", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (modulation[i]! <= 0 || forfaitaire[i]! === 0) continue;
        out[i] = complementDegressif(af, forfaitaire[i]! / modulation[i]!, ressources[i]!, nb[i]! + nbForfait[i]!);
      }
      return out;
    },
  },
});
