import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aide_logement_loyer_retenu = defineVariable({
  name: "aide_logement_loyer_retenu",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Loyer retenu pour les aides au logement (L)",
  // The real rent within the loyer plafond (CCH art. D823-16).
  reference: cch("D823-16"),
  formulas: {
    "2002-01-01": ({ famille, period }) => {
      const reel = famille("aide_logement_loyer_reel", period);
      const plafond = famille("aide_logement_loyer_plafond", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = Math.min(reel[i]!, plafond[i]!);
      return out;
    },
  },
});
