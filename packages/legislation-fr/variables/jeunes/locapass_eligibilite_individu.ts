import { anyOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const locapass_eligibilite_individu = defineVariable({
  name: "locapass_eligibilite_individu",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "La personne remplit les conditions de situation de l'avance Loca-Pass",
  // An employee, a young person looking for a job or in alternance, or a student (Action Logement, avance Loca-Pass).
  reference: [...cch("L313-3"), "Action Logement, l'avance Loca-Pass", "https://www.actionlogement.fr/l-avance-loca-pass"],
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      anyOf(
        individu("locapass_eligibilite_salarie", period),
        individu("locapass_eligibilite_jeunes", period),
        individu("locapass_eligibilite_etudiant", period),
      ),
  },
});
