import { allOf, anyOf, eq } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { TypesScolarite } from "../common/scolarite.ts";

export const crous_repas_un_euro_eligibilite = defineVariable({
  name: "crous_repas_un_euro_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité au repas à 1 € au restaurant universitaire",
  // Every student of higher education from 25 January 2021; since July 2021 the students with a
  // bourse and the holders of the carte d'étudiant des métiers (with a bourse) only.
  reference: [
    ...codeEducation("L822-1"),
    "Service-public.fr, repas à 1 € au restaurant universitaire",
    "https://www.service-public.fr/particuliers/actualites/A16017",
  ],
  formulas: {
    "2021-01-01": ({ individu, period }) => eq(individu("scolarite", period), TypesScolarite.index("enseignement_superieur")),
    "2021-07-01": ({ individu, period }) =>
      allOf(
        individu("boursier", period),
        anyOf(
          eq(individu("scolarite", period), TypesScolarite.index("enseignement_superieur")),
          individu("detention_carte_des_metiers", period),
        ),
      ),
  },
});
