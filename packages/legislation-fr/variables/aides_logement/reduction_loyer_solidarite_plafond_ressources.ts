import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur, selonComposition, parZone } from "../../src/aides-logement.ts";

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
      const rls = parameters(period).prestations_sociales.aides_logement.reduction_loyer_solidarite.plafond_ressources.par_zone;
      const zones = parZone(rls);
      const zone = menageDuDemandeur(famille, "zone_apl", period);
      const parents = famille("nb_parents", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const z = zones[zone[i]!]!;
        const parPac: number[] = [z.famille_1pac, z.famille_2pac, z.famille_3pac, z.famille_4pac, z.famille_5pac, z.famille_6pac];
        out[i] = selonComposition(parents[i]! >= 2, pac[i]!, z.personnes_seules, z.couples, parPac, z.majoration_par_pac_supp);
      }
      return out;
    },
  },
});
