import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_charges = defineVariable({
  name: "aide_logement_charges",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Forfait de charges des aides au logement (C)",
  // A forfait, raised for each dependant; its own amounts in colocation and overseas
  // (CCH art. D823-16, arrêté du 27 septembre 2019, art. 8 and 16).
  reference: cch("D823-16"),
  formulas: {
    "2002-01-01": ({ famille, period, parameters }) => {
      const c = allocationsLogement(parameters(period)).locatif.formule.c_forfait_charges;
      const coloc = menageDuDemandeur(famille, "coloc", period);
      const dom = menageDuDemandeur(famille, "residence_dom", period);
      const parents = famille("nb_parents", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const n = pac[i]!;
        if (coloc[i]) {
          const base: number = parents[i]! >= 2 ? c.cas_colocataires.couple_sans_enfant : c.cas_colocataires.beneficiaire_isole;
          out[i] = base + n * c.cas_colocataires.majoration_par_enfant;
        } else {
          const g = dom[i] ? c.dom : c.cas_general;
          out[i] = g.cas_general + n * g.majoration_par_enfant;
        }
      }
      return out;
    },
  },
});
