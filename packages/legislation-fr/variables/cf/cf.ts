import { anyOf, gt, maximum, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const cf = defineVariable({
  name: "cf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément familial",
  // The majorated amount when due, otherwise the normal or differential one (CSS art. L522-1,
  // L522-3). Not paid together with the allocation de base of the PAJE (L531-1, L522-1: the
  // children of the complément are all past its age limit), nor with the complément de libre
  // choix d'activité, its optional form or the prestation partagée d'éducation de l'enfant
  // that replaced it (L532-2, I). Not paid at Mayotte, whose family benefits have their own
  // ordonnance (n° 2002-149) ; the complément extended there from 2018 (décret n° 2017-1788)
  // is not modelled, as in OpenFisca-France.
  reference: css("L522-1", "L522-3", "L531-1", "L532-2"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const montant = maximum(famille("cf_non_majore_avant_cumul", period), famille("cf_majore_avant_cumul", period));
      if (toutNul(montant)) return 0;
      const mayotte = famille.valueFromPerson(famille.persons.group("menage", "residence_mayotte", period), "demandeur");
      const prestationNonCumulable = anyOf(
        gt(famille("paje_base", period), 0),
        gt(famille("paje_clca", period), 0),
        gt(famille("paje_colca", period), 0),
        gt(famille("paje_prepare", period), 0),
      );
      return where(not(anyOf(mayotte, prestationNonCumulable)), montant);
    },
  },
});
