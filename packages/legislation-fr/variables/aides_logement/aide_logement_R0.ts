import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, selonComposition } from "../../src/aides-logement.ts";

export const aide_logement_R0 = defineVariable({
  name: "aide_logement_R0",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Abattement forfaitaire R0 des aides au logement (annuel)",
  // By household composition (CCH art. D823-17, arrêté du 27 septembre 2019, art. 15).
  // Before 2015 R0 followed another formula (RSA and BMAF based), not modelled: 0.
  reference: cch("D823-17"),
  formulas: {
    "2015-01-01": ({ famille, period, parameters }) => {
      const r = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.r0_abattement.cas_general;
      const parPac: number[] = [r.taux1pac, r.taux2pac, r.taux3pac, r.taux4pac, r.taux5pac, r.taux6pac];
      const parents = famille("nb_parents", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        out[i] = selonComposition(parents[i]! >= 2, pac[i]!, r.taux_seul, r.taux_couple, parPac, r.taux_pac_supp);
      }
      return out;
    },
  },
});
