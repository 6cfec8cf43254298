import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, selonComposition } from "../../src/aides-logement.ts";

export const aide_logement_taux_loyer = defineVariable({
  name: "aide_logement_taux_loyer",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Taux de participation complémentaire lié au loyer (TL)",
  // By bands of RL = loyer retenu / loyer de référence, the reference being the zone 2
  // loyer plafond of the same household (CCH art. D823-17, arrêté du 27 septembre 2019,
  // art. 14).
  reference: cch("D823-17"),
  formulas: {
    "2002-01-01": ({ famille, period, parameters }) => {
      const formule = allocationsLogement(parameters(period)).locatif.formule;
      const z2 = formule.l_plafonds_loyers.par_zone.zone_2;
      const tl = formule.pp_particip_perso.tp_taux.tl_loyer;
      const s1: number = tl.seuils.seuil_1;
      const s2: number = tl.seuils.seuil_2;
      const t1: number = tl.taux.tl_taux_1;
      const t2: number = tl.taux.tl_taux_2;
      const t3: number = tl.taux.tl_taux_3;
      const loyer = famille("aide_logement_loyer_retenu", period);
      const parents = famille("nb_parents", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const reference = selonComposition(
          parents[i]! >= 2,
          pac[i]!,
          z2.personnes_seules,
          z2.couples,
          [z2.un_enfant],
          z2.majoration_par_enf_supp,
        );
        const rl = reference > 0 ? loyer[i]! / reference : 0;
        out[i] = t1 * Math.min(rl, s1) + t2 * Math.min(Math.max(rl - s1, 0), s2 - s1) + t3 * Math.max(rl - s2, 0);
      }
      return out;
    },
  },
});
