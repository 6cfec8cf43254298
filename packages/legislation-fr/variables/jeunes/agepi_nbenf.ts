import { allOf, countMembers, gt, lt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const agepi_nbenf = defineVariable({
  name: "agepi_nbenf",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre d'enfants de moins de 10 ans pour l'aide à la garde d'enfants pour parents isolés (AGEPI)",
  // The famille's children under 10 (délibération n° 2013-46 du 18 décembre 2013 de Pôle emploi, art. 2,
  // taken under the Code du travail, art. L5312-1).
  reference: [
    ...codeTravail("L5312-1"),
    "Délibération n° 2013-46 du 18 décembre 2013 de Pôle emploi, article 2",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n2013-46-du-18-dece.html?type=dossiers/2013/bope-n2013-128-du-24-decembre-20",
  ],
  formulas: {
    "2014-01-20": ({ famille, period, parameters }) => {
      const ageMaximum =
        parameters(period).prestations_sociales.prestations_familiales.education_presence_parentale.agepi.age_enfant_maximum;
      const age = famille.members("age", period);
      return countMembers(famille, allOf(lt(age, ageMaximum), gt(age, 0), famille.memberHasRole("enfant")));
    },
  },
});
