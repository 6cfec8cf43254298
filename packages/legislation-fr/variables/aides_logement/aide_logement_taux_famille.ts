import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, selonComposition } from "../../src/aides-logement.ts";

export const aide_logement_taux_famille = defineVariable({
  name: "aide_logement_taux_famille",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Taux de participation lié à la taille du foyer (TF)",
  // CCH art. D823-17, arrêté du 27 septembre 2019, art. 14 (metropolitan rates).
  reference: cch("D823-17"),
  formulas: {
    "2002-01-01": ({ famille, period, parameters }) => {
      const t = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille.metropole;
      const parPac: number[] = [t.avec_1_enfant, t.avec_2_enfants, t.avec_3_enfants, t.avec_4_enfants, t.avec_5_enfants, t.avec_6_enfants];
      const known = parPac.filter((x) => typeof x === "number");
      const parents = famille("nb_parents", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        out[i] = selonComposition(parents[i]! >= 2, pac[i]!, t.personnes_isolees, t.couples_0_enfant, known, t.maj_par_enf_supp);
      }
      return out;
    },
  },
});
