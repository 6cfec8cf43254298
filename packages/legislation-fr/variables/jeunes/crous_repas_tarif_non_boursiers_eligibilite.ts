import { allOf, eq, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { TypesScolarite } from "../common/scolarite.ts";

export const crous_repas_tarif_non_boursiers_eligibilite = defineVariable({
  name: "crous_repas_tarif_non_boursiers_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité au repas au restaurant universitaire au tarif des non-boursiers",
  // Since July 2021, a student of higher education without a bourse.
  reference: [
    ...codeEducation("L822-1"),
    "Service-public.fr, repas à 1 € au restaurant universitaire",
    "https://www.service-public.fr/particuliers/actualites/A16017",
  ],
  formulas: {
    "2021-07-01": ({ individu, period }) =>
      allOf(not(individu("boursier", period)), eq(individu("scolarite", period), TypesScolarite.index("enseignement_superieur"))),
  },
});
