import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { tauxModulation } from "../../src/af-modulation.ts";

export const af_taux_modulation = defineVariable({
  name: "af_taux_modulation",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  default: 1,
  label: "Coefficient de modulation des allocations familiales selon les ressources",
  // Since July 2015 the amounts are halved, then quartered, above two ceilings raised
  // per child (CSS art. L521-1, D521-1 and D521-3).
  reference: css("L521-1", "D521-1", "D521-3"),
  formulas: {
    "1946-01-01": () => 1,
    "2015-07-01": ({ famille, period, parameters }) => {
      const af = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.af;
      const nb = famille("af_nbenf", period);
      const ressources = famille("prestations_familiales_base_ressources", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = tauxModulation(af, ressources[i]!, nb[i]!);
      return out;
    },
  },
});
