import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";
import { notBefore } from "../../src/formula-helpers.ts";

export const ppa_eligibilite = defineVariable({
  name: "ppa_eligibilite",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité du foyer à la prime d'activité pour un mois",
  // An adult of 18 or more, meeting the same residence conditions as for the RSA
  // (CSS art. L842-1 and L842-2).
  reference: css("L842-1", "L842-2"),
  formulas: {
    "2015-10-01": ({ famille, period, parameters }) => {
      const ppa = parameters(notBefore(period, "2016-01")).prestations_sociales.solidarite_insertion.minima_sociaux.ppa;
      const ageMin: number = ppa.pa_cond.age_min;
      const age = famille.members("age", period);
      const majeur = new Uint8Array(age.length);
      for (let i = 0; i < majeur.length; i++) majeur[i] = age[i]! >= ageMin ? 1 : 0;
      const nationalite = famille.valueFromPerson(famille.members("rsa_condition_nationalite", period), "demandeur", 0, 1);
      const adulte = famille.any(majeur, "parent");
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = adulte[i] && nationalite[i] ? 1 : 0;
      return out;
    },
  },
});
