import { clip, div, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { notBefore, toutNul } from "../../src/formula-helpers.ts";

export const ppa_bonification = defineVariable({
  name: "ppa_bonification",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Bonification individuelle de la prime d'activité d'une personne, pour un mois",
  // For each member of the foyer, a bonus rising linearly from 0 at 59 hourly SMIC of
  // earnings to its maximum at 95, then 120 (since October 2018), hourly SMIC (CSS art.
  // D843-2); ppa_fictive adds up those of the foyer's members.
  reference: css("L842-3", "D843-2"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(notBefore(period, "2016-01"));
      const pam = p.prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m;
      const smicHoraire: number = p.marche_travail.salaire_minimum.smic.smic_b_horaire;
      const seuil = pam.bonification.seuil_bonification * smicHoraire;
      const plein = pam.bonification.seuil_max_bonification * smicHoraire;
      const maximum = pam.montant_de_base * pam.bonification.taux_bonification_max;

      const revenus = individu("ppa_revenu_activite_individu", period);
      if (seuil >= 0 && seuil < plein && toutNul(revenus)) return 0; // nobody earns, nobody reaches the threshold
      return mul(maximum, clip(div(sub(revenus, seuil), plein - seuil), 0, 1));
    },
  },
});
