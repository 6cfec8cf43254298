import { add, maximum, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { notBefore, sumOverRsaFoyer, toutNul } from "../../src/formula-helpers.ts";

export const ppa_fictive = defineVariable({
  name: "ppa_fictive",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Droit à la prime d'activité calculé sur les ressources d'un seul mois du trimestre de référence",
  // Montant forfaitaire + 61 % of earnings + bonifications - resources and forfait
  // logement (never less than the montant forfaitaire) (CSS art. L842-3 and R844-3).
  reference: css("L842-3", "D843-1", "D843-2", "R844-3"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pam = parameters(notBefore(period, "2016-01")).prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m;
      const pente: number = pam.majoration_ressources_revenus_activite;
      const revenusActivite = famille("ppa_revenu_activite", period);
      // The bonifications of the foyer's members: the parents and the children à charge.
      const bonifications = famille.members("ppa_bonification", period);
      const bonification = toutNul(bonifications) ? 0 : sumOverRsaFoyer(famille, bonifications, period);
      // Without earnings nor bonification, f − max(f, ressources) is never positive: nobody
      // in the population works, nothing else to read (a batch of pensioners or jobless).
      if (toutNul(revenusActivite) && bonification === 0) return 0;
      const eligible = famille("ppa_eligibilite", period);
      const majore = famille("rsa_majore_eligibilite", period);
      const forfaitaire = famille("ppa_montant_forfaitaire_familial_non_majore", period);
      const forfaitaireMajore = famille("ppa_montant_forfaitaire_familial_majore", period);
      const ressources = famille("ppa_base_ressources", period);
      const forfaitLogement = famille("ppa_forfait_logement", period);
      const f = where(majore, maximum(forfaitaireMajore, forfaitaire), forfaitaire);
      const montant = sub(add(f, mul(pente, revenusActivite), bonification), maximum(f, add(ressources, forfaitLogement)));
      return where(eligible, maximum(0, montant));
    },
  },
});
