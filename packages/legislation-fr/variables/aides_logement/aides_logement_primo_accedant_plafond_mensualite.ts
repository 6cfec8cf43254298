import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur, selonFoyerEtZone } from "../../src/aides-logement.ts";

export const aides_logement_primo_accedant_plafond_mensualite = defineVariable({
  name: "aides_logement_primo_accedant_plafond_mensualite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Mensualité plafond d'un accédant à la propriété",
  // By zone and household composition (CCH art. L823-1 ; arrêté du 27 septembre 2019).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const al = allocationsLogement(parameters(period)).accession.formule.l_mensualite_eligible.al;
      const parZone = [al.zone_1, al.zone_2, al.zone_3].map((z) => ({
        seul: z.personne_isolee_sans_enfant,
        couple: z.menage_seul,
        parPac: [
          z.menage_ou_isole_avec_1_enfant,
          z.menage_ou_isole_avec_2_enfants,
          z.menage_ou_isole_avec_3_enfants,
          z.menage_ou_isole_avec_4_enfants,
          z.menage_ou_isole_avec_5_enfants,
        ],
        parPacEnPlus: z.menage_ou_isole_par_enfant_en_plus,
      }));
      return selonFoyerEtZone(
        menageDuDemandeur(famille, "zone_apl", period),
        famille("al_couple", period),
        famille("al_nb_personnes_a_charge", period),
        parZone,
      );
    },
  },
});
