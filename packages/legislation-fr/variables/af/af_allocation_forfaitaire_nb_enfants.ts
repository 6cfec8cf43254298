import { allOf, between, countMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const af_allocation_forfaitaire_nb_enfants = defineVariable({
  name: "af_allocation_forfaitaire_nb_enfants",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Nombre d'enfants de 20 ans ouvrant droit à l'allocation forfaitaire",
  // A child who reaches 20, for one year (CSS art. L521-1 and D521-2).
  reference: css("L521-1", "D521-2"),
  formulas: {
    "2003-07-01": ({ famille, period, parameters }) => {
      const af = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.af;
      const ageDebut: number = af.af_cm.age3;
      const duree: number = af.af_maj.duree_majoration_plus_de_20_ans;
      const enfant = famille.memberHasRole("enfant");
      const age = famille.members("age", period);
      return countMembers(famille, allOf(enfant, between(age, ageDebut, ageDebut + duree)));
    },
  },
});
