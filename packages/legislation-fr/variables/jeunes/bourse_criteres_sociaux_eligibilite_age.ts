import { add, anyOf, le } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_eligibilite_age = defineVariable({
  name: "bourse_criteres_sociaux_eligibilite_age",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Condition d'âge de la bourse sur critères sociaux remplie",
  // At most 28, one year more for each child the student raises; no limit for a disabled student
  // (circulaire du 8 juin 2020, annexe 2, 1).
  reference: BCS_REFERENCE,
  formulas: {
    "2007-03-20": ({ individu, period, parameters }) => {
      const ageMaximum = parameters(period).prestations_sociales.education.bourses.enseignement_superieur.criteres_sociaux.age_maximum;
      const enfants = individu.group("famille", "bourse_criteres_sociaux_nombre_enfants_parent_etudiant", period);
      return anyOf(le(individu("age", period), add(ageMaximum, enfants)), individu("handicap", period));
    },
  },
});
