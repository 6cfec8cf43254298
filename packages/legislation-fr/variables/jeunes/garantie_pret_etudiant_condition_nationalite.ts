import { allOf, anyOf, ge } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { parNationalite } from "../../src/nationalites.ts";

export const garantie_pret_etudiant_condition_nationalite = defineVariable({
  name: "garantie_pret_etudiant_condition_nationalite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Condition de nationalité ou de résidence de la garantie de l'État au prêt étudiant",
  // French, or a national of the EEA living in France regularly and continuously for five years.
  reference: [
    ...codeEducation("L821-1"),
    "Service-public.fr, prêt étudiant garanti par l'État",
    "https://www.service-public.fr/particuliers/vosdroits/F986",
  ],
  formulas: {
    "2021-02-19": ({ individu, period, parameters }) => {
      const dureeMin = parameters(period).prestations_sociales.education.garantie_pret_etudiant.duree_min_residence_continue_annees;
      const francais = parNationalite(individu.strings("nationalite", period), (code) => (code === "FR" ? 1 : 0));
      const eee = allOf(individu("ressortissant_eee", period), ge(individu("residence_continue_annees", period), dureeMin));
      return anyOf(francais, eee);
    },
  },
});
