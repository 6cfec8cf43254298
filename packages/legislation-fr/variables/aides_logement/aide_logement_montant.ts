import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aide_logement_montant = defineVariable({
  name: "aide_logement_montant",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Aide au logement d'un locataire, nette de la reprise de RLS et de la CRDS",
  // Less a share (98 %) of the réduction de loyer de solidarité of HLM tenants (CCH art.
  // L823-4 and L442-2-1), then less the CRDS (0.5 %, ordonnance n° 96-50 du 24 janvier
  // 1996, art. 14).
  reference: cch("L823-4", "L442-2-1"),
  formulas: {
    "2002-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period);
      const crds: number = p.prelevements_sociaux.contributions_sociales.crds;
      const fraction: number = p.prestations_sociales.aides_logement.reduction_loyer_solidarite?.fraction_baisse_aide_logement ?? 0;
      const brut = famille("aide_logement_montant_brut", period);
      const rls = fraction > 0 ? famille("reduction_loyer_solidarite", period) : undefined;
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const apresRls = rls ? Math.max(0, brut[i]! - fraction * rls[i]!) : brut[i]!;
        out[i] = apresRls * (1 - crds);
      }
      return out;
    },
  },
});
