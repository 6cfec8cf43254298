import { allOf, between, countMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const af_nbenf = defineVariable({
  name: "af_nbenf",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Nombre d'enfants ouvrant droit aux allocations familiales",
  reference: css("L521-1", "L512-3"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const cm = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.af.af_cm;
      const ageMin: number = cm.age1;
      const ageMax: number = cm.age2;
      const aCharge = famille.members("prestations_familiales_enfant_a_charge", period);
      const age = famille.members("age", period);
      return countMembers(famille, allOf(aCharge, between(age, ageMin, ageMax)));
    },
  },
});
