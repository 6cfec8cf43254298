import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur, selonComposition, parZone } from "../../src/aides-logement.ts";

export const aide_logement_loyer_plafond = defineVariable({
  name: "aide_logement_loyer_plafond",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Loyer plafond des aides au logement",
  // By zone and household composition (CCH art. D823-16, arrêté du 27 septembre 2019,
  // art. 13), times a coefficient for a room or a colocation (same arrêté, art. 16).
  reference: cch("D823-16"),
  formulas: {
    "2002-01-01": ({ famille, period, parameters }) => {
      const formule = allocationsLogement(parameters(period)).locatif.formule.l_plafonds_loyers;
      const zones = parZone(formule.par_zone);
      const coefChambre: number = formule.coef_chambre_et_colocation.coef_chambre;
      const coefColoc: number = formule.coef_chambre_et_colocation.coef_colocation;
      const zone = menageDuDemandeur(famille, "zone_apl", period);
      const coloc = menageDuDemandeur(famille, "coloc", period);
      const chambre = menageDuDemandeur(famille, "logement_chambre", period);
      const parents = famille("nb_parents", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const z = zones[zone[i]!]!;
        const un: number = z.un_enfant;
        const plafond = selonComposition(parents[i]! >= 2, pac[i]!, z.personnes_seules, z.couples, [un], z.majoration_par_enf_supp);
        out[i] = plafond * (coloc[i] ? coefColoc : chambre[i] ? coefChambre : 1);
      }
      return out;
    },
  },
});
