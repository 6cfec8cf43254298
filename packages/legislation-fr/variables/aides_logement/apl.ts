import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { estHlm, menageDuDemandeur } from "../../src/aides-logement.ts";

export const apl = defineVariable({
  name: "apl",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide personnalisée au logement",
  // The aide au logement when the dwelling is conventionné (HLM or conventionné private
  // rental) (CCH art. L821-1, 1°, and L831-1).
  reference: cch("L821-1", "L831-1"),
  formulas: {
    "2002-01-01": ({ famille, period }) => {
      const aide = famille("aide_logement", period);
      const conventionne = menageDuDemandeur(famille, "logement_conventionne", period);
      const statut = menageDuDemandeur(famille, "statut_occupation_logement", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) if (conventionne[i] || estHlm(statut[i]!)) out[i] = aide[i]!;
      return out;
    },
  },
});
