import { anyOf, clip, div, mul, sub, sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { notBefore, toutNul } from "../../src/formula-helpers.ts";

export const ppa_bonification = defineVariable({
  name: "ppa_bonification",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Bonifications individuelles de la prime d'activité du foyer, pour un mois",
  // For each member, a bonus rising linearly from 0 at 59 hourly SMIC of earnings to
  // its maximum at 95, then 120 (since October 2018), hourly SMIC (CSS art. D843-2).
  reference: css("L842-3", "D843-2"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const p = parameters(notBefore(period, "2016-01"));
      const pam = p.prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m;
      const smicHoraire: number = p.marche_travail.salaire_minimum.smic.smic_b_horaire;
      const seuil = pam.bonification.seuil_bonification * smicHoraire;
      const plein = pam.bonification.seuil_max_bonification * smicHoraire;
      const maximum = pam.montant_de_base * pam.bonification.taux_bonification_max;

      const revenus = famille.members("ppa_revenu_activite_individu", period);
      if (seuil >= 0 && seuil < plein && toutNul(revenus)) return 0; // nobody earns, nobody reaches the threshold
      const parent = famille.memberHasRole("parent");
      const enfant = famille.members("rsa_enfant_a_charge", period);
      const part = clip(div(sub(revenus, seuil), plein - seuil), 0, 1);
      return sumMembers(famille, mul(maximum, part), anyOf(parent, enfant));
    },
  },
});
