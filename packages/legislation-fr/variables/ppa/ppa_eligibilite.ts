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
  // At least one adult of 18 or more (CSS art. L842-1).
  reference: css("L842-1"),
  formulas: {
    "2015-10-01": ({ famille, period, parameters }) => {
      const ppa = parameters(notBefore(period, "2016-01")).prestations_sociales.solidarite_insertion.minima_sociaux.ppa;
      const ageMin: number = ppa.pa_cond.age_min;
      const age = famille.members("age", period);
      const majeur = new Uint8Array(age.length);
      for (let i = 0; i < majeur.length; i++) majeur[i] = age[i]! >= ageMin ? 1 : 0;
      return famille.any(majeur, "parent");
    },
  },
});
