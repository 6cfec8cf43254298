import { allOf, anyOf, eq, gt, minimum, mul, not, select, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, arrondi, menageDuDemandeur, selonFoyerEtZone, selonZone } from "../../src/aides-logement.ts";

export const aide_logement_loyer_plafond = defineVariable({
  name: "aide_logement_loyer_plafond",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Loyer plafond des aides au logement",
  // By zone and household composition (CCH art. D823-16, arrêté du 27 septembre 2019, art. 13),
  // counting at most six dependants overseas; a room takes a person alone's plafond, times its
  // coefficient (its own for an elderly or disabled person lodged by a private individual), and a
  // colocataire's plafond is reduced too (same arrêté, art. 16).
  reference: cch("D823-16"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const l = allocationsLogement(parameters(period)).locatif.formule.l_plafonds_loyers;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const chambre = menageDuDemandeur(famille, "logement_chambre", period);
      const dom = menageDuDemandeur(famille, "residence_dom", period);
      const zone = menageDuDemandeur(famille, "zone_apl", period);
      const zones = [l.par_zone.zone_1, l.par_zone.zone_2, l.par_zone.zone_3].map((z) => ({
        seul: z.personnes_seules,
        couple: z.couples,
        parPac: [z.un_enfant],
        parPacEnPlus: z.majoration_par_enf_supp,
      }));
      const parZone = (k: "personnes_seules" | "couples"): Float64Array =>
        selonZone(zone, { zone_1: l.par_zone.zone_1[k], zone_2: l.par_zone.zone_2[k], zone_3: l.par_zone.zone_3[k] });
      const seul = parZone("personnes_seules");
      const enCouple = parZone("couples");
      const avecPac = selonFoyerEtZone(zone, couple, where(dom, minimum(pac, 6), pac), zones);
      const plafond = select(
        [
          [anyOf(allOf(not(couple), eq(pac, 0)), chambre), seul],
          [gt(pac, 0), avecPac],
        ],
        enCouple,
      );
      const coefs = l.coef_chambre_et_colocation;
      const coefColoc = where(menageDuDemandeur(famille, "coloc", period), coefs.coef_colocation, 1);
      const coefChambre = select(
        [
          [allOf(chambre, menageDuDemandeur(famille, "personne_agee_handicapee", period)), coefs.personne_agee_handicapee],
          [chambre, coefs.coef_chambre],
        ],
        1,
      );
      return arrondi(mul(mul(plafond, coefColoc), coefChambre), 2);
    },
  },
});
