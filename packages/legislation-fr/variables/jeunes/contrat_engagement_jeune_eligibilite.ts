import { allOf, anyOf, eq, ge, le, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { TypesActivite } from "../common/activite.ts";

export const contrat_engagement_jeune_eligibilite = defineVariable({
  name: "contrat_engagement_jeune_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité au contrat d'engagement jeune",
  // From 16 to 25 (29 for a disabled young person), not a student, in a foyer fiscal taxed at most in
  // the first tranche, with no RSA or prime d'activité in the famille over the last three months and
  // no volunteering allowance (Code du travail, art. L5131-6).
  reference: [
    ...codeTravail("L5131-6"),
    "Service-public.fr, contrat d'engagement jeune",
    "https://www.service-public.fr/particuliers/vosdroits/F32700",
  ],
  formulas: {
    "2022-03-01": ({ individu, period, parameters }) => {
      const ages = parameters(period).prestations_sociales.education.contrat_engagement_jeune.critere_age;
      const age = individu("age", period);
      const conditionAge = allOf(
        ge(age, ages.minimum),
        anyOf(le(age, ages.maximum), allOf(le(age, ages.maximum_handicap), individu("handicap", period))),
      );
      const tranche = individu.group("foyer_fiscal", "ir_tranche", period.thisYear.offset(-2, "year"));
      return allOf(
        conditionAge,
        not(eq(individu("activite", period), TypesActivite.index("etudiant"))),
        le(tranche, 1),
        eq(individu("indemnites_volontariat", period), 0),
        le(individu.group("famille", "rsa", period.lastThreeMonths, "add"), 0),
        le(individu.group("famille", "ppa", period.lastThreeMonths, "add"), 0),
      );
    },
  },
});
