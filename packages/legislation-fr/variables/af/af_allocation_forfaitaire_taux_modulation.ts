import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { tauxModulation } from "../../src/af-modulation.ts";

export const af_allocation_forfaitaire_taux_modulation = defineVariable({
  name: "af_allocation_forfaitaire_taux_modulation",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  default: 1,
  label: "Coefficient de modulation de l'allocation forfaitaire",
  // The forfait is modulated with the ceilings of a family that still counts the child
  // of 20 (CSS art. L521-1 and D521-3).
  reference: css("L521-1", "D521-3"),
  formulas: {
    "2003-07-01": () => 1,
    "2015-07-01": ({ famille, period, parameters }) => {
      const af = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.af;
      const nb = famille("af_nbenf", period);
      const nbForfait = famille("af_allocation_forfaitaire_nb_enfants", period);
      const ressources = famille("prestations_familiales_base_ressources", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = tauxModulation(af, ressources[i]!, nb[i]! + nbForfait[i]!);
      return out;
    },
  },
});
