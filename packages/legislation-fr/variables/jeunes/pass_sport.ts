import { allOf, anyOf, between, gt, le, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const pass_sport = defineVariable({
  name: "pass_sport",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Pass'Sport",
  // Since 30 June 2022: a student with a bourse up to 28; a child of 6 to 17 whose famille receives
  // the allocation de rentrée scolaire this year; a child of 6 to 19 whose famille receives the AEEH;
  // a person of 16 to 30 receiving the AAH (décret relatif au Pass'Sport, version du 5 août 2022).
  reference: [
    "Décret relatif à l'allocation de rentrée sportive (Pass'Sport), version du 5 août 2022",
    "https://www.legifrance.gouv.fr/loda/id/LEGIARTI000046139655/2022-08-05",
  ],
  formulas: {
    "2022-06-30": ({ individu, period, parameters }) => {
      const pass = parameters(period).prestations_sociales.education.pass_sport;
      const ages = pass.critere_age;
      const age = individu("age", period);
      const entre = (min: number, max: number) => between(age, min, max + 1);
      const eligible = anyOf(
        allOf(individu("boursier", period), le(age, ages.age_maximum_profil_boursier)),
        allOf(gt(individu.group("famille", "ars", period.thisYear), 0), entre(ages.age_minimum_profil_ars, ages.age_maximum_profil_ars)),
        allOf(gt(individu.group("famille", "aeeh", period), 0), entre(ages.age_minimum_profil_aeeh, ages.age_maximum_profil_aeeh)),
        allOf(gt(individu("aah", period), 0), entre(ages.age_minimum_profil_aah, ages.age_maximum_profil_aah)),
      );
      return mul(eligible, pass.montant);
    },
  },
});
