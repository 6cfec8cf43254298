import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { estHlm, menageDuDemandeur, selonComposition, parZone } from "../../src/aides-logement.ts";

export const reduction_loyer_solidarite = defineVariable({
  name: "reduction_loyer_solidarite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Réduction de loyer de solidarité (RLS)",
  // Granted by the HLM landlord of a conventionné dwelling when the monthly resources
  // (the aides au logement base divided by 12) are within the plafond; its amount depends
  // on the zone and household composition (CCH art. L442-2-1). Since 2018.
  reference: cch("L442-2-1"),
  formulas: {
    "2018-01-01": ({ famille, period, parameters }) => {
      const rls = parameters(period).prestations_sociales.aides_logement.reduction_loyer_solidarite.montant.par_zone;
      const zones = parZone(rls);
      const zone = menageDuDemandeur(famille, "zone_apl", period);
      const conventionne = menageDuDemandeur(famille, "logement_conventionne", period);
      const statut = menageDuDemandeur(famille, "statut_occupation_logement", period);
      const ressources = famille("aide_logement_base_ressources", period);
      const plafond = famille("reduction_loyer_solidarite_plafond_ressources", period);
      const parents = famille("nb_parents", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (!(conventionne[i] || estHlm(statut[i]!)) || ressources[i]! / 12 > plafond[i]!) continue;
        const z = zones[zone[i]!]!;
        out[i] = selonComposition(parents[i]! >= 2, pac[i]!, z.personnes_seules, z.couples, [z.famille_1pac], z.majoration_par_pac_supp);
      }
      return out;
    },
  },
});
