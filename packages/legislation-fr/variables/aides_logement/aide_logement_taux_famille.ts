import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur, selonFoyer } from "../../src/aides-logement.ts";

export const aide_logement_taux_famille = defineVariable({
  name: "aide_logement_taux_famille",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Taux de participation lié à la taille du foyer (TF)",
  // By household composition, metropolitan or overseas rates (CCH art. D823-17, arrêté du 27
  // septembre 2019, art. 14): four sizes then a step per further dependant in metropolitan
  // France, six sizes overseas; since 2023, six sizes and a step in metropolitan France, seven
  // and a step overseas.
  reference: cch("D823-17"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const tf = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille;
      const m = tf.metropole;
      const d = tf.dom;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const metropole = selonFoyer(couple, pac, {
        seul: m.personnes_isolees,
        couple: m.couples_0_enfant,
        parPac: [m.avec_1_enfant, m.avec_2_enfants, m.avec_3_enfants, m.avec_4_enfants],
        parPacEnPlus: m.maj_par_enf_supp,
      });
      const dom = selonFoyer(couple, pac, {
        seul: d.personnes_isolees,
        couple: d.couples_0_enfant,
        parPac: [d.avec_1_enfant, d.avec_2_enfants, d.avec_3_enfants, d.avec_4_enfants, d.avec_5_enfants, d.avec_6_enfants],
      });
      return where(menageDuDemandeur(famille, "residence_aides_logement_outre_mer", period), dom, metropole);
    },
    "2023-01-01": ({ famille, period, parameters }) => {
      const tf = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.tp_taux.tf_taille_famille;
      const m = tf.metropole;
      const d = tf.dom;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const metropole = selonFoyer(couple, pac, {
        seul: m.personnes_isolees,
        couple: m.couples_0_enfant,
        parPac: [m.avec_1_enfant, m.avec_2_enfants, m.avec_3_enfants, m.avec_4_enfants, m.avec_5_enfants, m.avec_6_enfants],
        parPacEnPlus: m.maj_par_enf_supp,
      });
      const dom = selonFoyer(couple, pac, {
        seul: d.personnes_isolees,
        couple: d.couples_0_enfant,
        parPac: [
          d.avec_1_enfant,
          d.avec_2_enfants,
          d.avec_3_enfants,
          d.avec_4_enfants,
          d.avec_5_enfants,
          d.avec_6_enfants,
          d.avec_7_enfants,
        ],
        parPacEnPlus: d.maj_par_enf_supp,
      });
      return where(menageDuDemandeur(famille, "residence_aides_logement_outre_mer", period), dom, metropole);
    },
  },
});
