import { allOf, eq, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { TypesScolarite } from "../common/scolarite.ts";

export const seances_sante_psy_etudiant = defineVariable({
  name: "seances_sante_psy_etudiant",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Nombre de séances chez un psychologue prises en charge par le dispositif santé psy étudiant",
  // A student in higher education: the maximum number of sessions, without the intermediate visits
  // to a doctor (dispositif santé psy étudiant since 10 March 2021).
  reference: [
    ...css("L162-58"),
    "Service-public.fr, chèque santé psy étudiant",
    "https://www.service-public.fr/particuliers/actualites/A14726",
  ],
  formulas: {
    "2021-03-10": ({ individu, period, parameters }) => {
      const seancesMax = parameters(period).prestations_sociales.education.sante_psy.etudiant.seances_max;
      const etudiantDuSuperieur = allOf(
        individu("etudiant", period),
        eq(individu("scolarite", period), TypesScolarite.index("enseignement_superieur")),
      );
      return mul(etudiantDuSuperieur, seancesMax);
    },
  },
});
