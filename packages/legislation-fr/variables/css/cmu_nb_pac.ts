import { between, countMembers, allOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cmu_nb_pac = defineVariable({
  name: "cmu_nb_pac",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Nombre de personnes à charge du foyer pour la complémentaire santé solidaire",
  // The children of the famille up to 25 years (CSS art. R861-2).
  reference: css("L861-1", "R861-2"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const ageLimite: number = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.cmu.age_limite_pac;
      const age = famille.members("age", period);
      return countMembers(famille, allOf(famille.memberHasRole("enfant"), between(age, 0, ageLimite + 1)));
    },
  },
});
