import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur, selonFoyerEtZone } from "../../src/aides-logement.ts";

export const reduction_loyer_solidarite_plafond_ressources = defineVariable({
  name: "reduction_loyer_solidarite_plafond_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Plafond mensuel de ressources de la réduction de loyer de solidarité",
  // By zone and household composition (CCH art. L442-2-1 and its arrêté).
  reference: cch("L442-2-1"),
  formulas: {
    "2018-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period).prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone;
      const zones = [p.zone_1, p.zone_2, p.zone_3].map((z) => ({
        seul: z.personnes_seules,
        couple: z.couples,
        parPac: [z.famille_1pac, z.famille_2pac, z.famille_3pac, z.famille_4pac, z.famille_5pac, z.famille_6pac],
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
