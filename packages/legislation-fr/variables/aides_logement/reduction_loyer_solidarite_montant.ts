import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur, selonFoyerEtZone } from "../../src/aides-logement.ts";

export const reduction_loyer_solidarite_montant = defineVariable({
  name: "reduction_loyer_solidarite_montant",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Montant de la réduction de loyer de solidarité",
  // By zone and household composition (CCH art. L442-2-1 ; arrêté du 27 février 2018, art. 2).
  reference: [
    ...cch("L442-2-1"),
    "Arrêté du 27 février 2018, art. 2",
    "https://www.legifrance.gouv.fr/eli/arrete/2018/2/27/TERL1801551A/jo/article_2",
  ],
  formulas: {
    "2018-01-01": ({ famille, period, parameters }) => {
      const m = parameters(period).prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone;
      const zones = [m.zone_1, m.zone_2, m.zone_3].map((z) => ({
        seul: z.personnes_seules,
        couple: z.couples,
        parPac: [z.famille_1pac],
        parPacEnPlus: z.majoration_par_pac_supp,
      }));
      return selonFoyerEtZone(
        menageDuDemandeur(famille, "zone_apl", period),
        famille("al_couple", period),
        famille("al_nb_personnes_a_charge", period),
        zones,
      );
    },
  },
});
