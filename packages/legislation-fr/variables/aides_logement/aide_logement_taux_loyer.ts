import { add, div, ge, maximum, minimum, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur, selonFoyer } from "../../src/aides-logement.ts";

export const aide_logement_taux_loyer = defineVariable({
  name: "aide_logement_taux_loyer",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Taux de participation complémentaire lié au loyer (TL)",
  // By bands of RL = loyer retenu / loyer de référence, the reference being the zone 2 loyer
  // plafond of the same household, counting at most six dependants overseas before 2023 (CCH
  // art. D823-17, arrêté du 27 septembre 2019, art. 14).
  reference: cch("D823-17"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const formule = allocationsLogement(parameters(period)).locatif.formule;
      const z2 = formule.l_plafonds_loyers.par_zone.zone_2;
      const { seuils, taux } = formule.pp_particip_perso.tp_taux.tl_loyer;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const dom = menageDuDemandeur(famille, "residence_dom", period);
      const pacReference = period.start.key < 20230101 ? where(dom, minimum(pac, 6), pac) : pac;
      const reference = selonFoyer(couple, pacReference, {
        seul: z2.personnes_seules,
        couple: z2.couples,
        parPac: [z2.un_enfant],
        parPacEnPlus: z2.majoration_par_enf_supp,
      });
      const rl = div(famille("aide_logement_loyer_retenu", period), reference);
      const s1: number = seuils.seuil_1;
      const s2: number = seuils.seuil_2;
      const auDela = add(mul(sub(rl, s2), taux.tl_taux_3), taux.tl_taux_2 * (s2 - s1));
      const entre = maximum(0, mul(sub(rl, s1), taux.tl_taux_2));
      return where(ge(rl, s2), auDela, entre);
    },
  },
});
