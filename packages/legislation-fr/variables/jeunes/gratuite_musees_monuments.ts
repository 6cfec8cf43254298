import { allOf, between } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const gratuite_musees_monuments = defineVariable({
  name: "gratuite_musees_monuments",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Accès gratuit aux musées et monuments nationaux",
  // From 18 to 25 years old included, resident in the European Union (the national museums' free
  // access for young Europeans since 4 April 2009).
  reference: [
    "Code du patrimoine, article L410-1 (musées de France)",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236",
    "Service-public.fr, gratuité des musées et monuments nationaux",
    "https://www.service-public.fr/particuliers/vosdroits/F20348",
  ],
  formulas: {
    "2009-04-04": ({ individu, period, parameters }) => {
      const ages = parameters(period).prestations_sociales.education.gratuite_musees_monuments;
      return allOf(between(individu("age", period), ages.age_min, ages.age_max + 1), individu("resident_ue", period));
    },
  },
});
