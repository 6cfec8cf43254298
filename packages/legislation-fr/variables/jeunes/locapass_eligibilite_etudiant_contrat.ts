import { add, ge, gt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const locapass_eligibilite_etudiant_contrat = defineVariable({
  name: "locapass_eligibilite_etudiant_contrat",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Le contrat de travail de l'étudiant ouvre droit à l'avance Loca-Pass",
  // A CDD of three months, or CDD of three months in all over the last six, or an internship of
  // three months: approximated, as OpenFisca-France does, by pay in three of the six months up to this one.
  reference: [...cch("L313-3"), "Action Logement, l'avance Loca-Pass", "https://www.actionlogement.fr/l-avance-loca-pass"],
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      let moisTravailles: Float64Array = new Float64Array(individu.count);
      for (let i = 0; i < 6; i++) moisTravailles = add(moisTravailles, gt(individu("salaire_net", period.offset(-i)), 0));
      return ge(moisTravailles, 3);
    },
  },
});
