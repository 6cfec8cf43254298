import { allOf, anyOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const locapass_eligibilite_etudiant = defineVariable({
  name: "locapass_eligibilite_etudiant",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Étudiant boursier ou salarié, éligible à l'avance Loca-Pass",
  // A student with a bourse, or with a work contract of three months (Action Logement, avance Loca-Pass).
  reference: [...cch("L313-3"), "Action Logement, l'avance Loca-Pass", "https://www.actionlogement.fr/l-avance-loca-pass"],
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      allOf(individu("etudiant", period), anyOf(individu("boursier", period), individu("locapass_eligibilite_etudiant_contrat", period))),
  },
});
