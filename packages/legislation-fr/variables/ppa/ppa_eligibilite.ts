import { allOf, ge } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
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
      const nationalite = famille.valueFromPerson(famille.members("rsa_condition_nationalite", period), "demandeur", 0, 1);
      return allOf(famille.any(ge(age, ageMin), "parent"), nationalite);
    },
  },
});
