import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement } from "../../src/aides-logement.ts";

export const aide_logement_participation_personnelle = defineVariable({
  name: "aide_logement_participation_personnelle",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Participation personnelle du ménage (Pp = P0 + Tp × (R − R0))",
  // P0 is the larger of a share of L + C and a floor; Tp = TF + TL applies to the annual
  // resources above R0 (CCH art. D823-17, arrêté du 27 septembre 2019, art. 14).
  reference: cch("D823-17"),
  formulas: {
    "2002-01-01": ({ famille, period, parameters }) => {
      const p0 = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.p0_particip_min;
      const taux: number = p0.p0_taux;
      const plancher: number = p0.p0_forfait;
      const loyer = famille("aide_logement_loyer_retenu", period);
      const charges = famille("aide_logement_charges", period);
      const tf = famille("aide_logement_taux_famille", period);
      const tl = famille("aide_logement_taux_loyer", period);
      const ressources = famille("aide_logement_base_ressources", period);
      const r0 = famille("aide_logement_R0", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const participationMinimale = Math.max(taux * (loyer[i]! + charges[i]!), plancher);
        out[i] = participationMinimale + (tf[i]! + tl[i]!) * Math.max(0, ressources[i]! - r0[i]!);
      }
      return out;
    },
  },
});
