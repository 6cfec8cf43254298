import { allOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_eligibilite = defineVariable({
  name: "bourse_criteres_sociaux_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité à la bourse sur critères sociaux (hors ressources)",
  // The conditions of age, studies and nationality (circulaire du 8 juin 2020, annexe 2).
  reference: BCS_REFERENCE,
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      allOf(
        individu("bourse_criteres_sociaux_eligibilite_age", period),
        individu("bourse_criteres_sociaux_eligibilite_etude", period),
        individu("bourse_criteres_sociaux_eligibilite_nationalite", period),
      ),
  },
});
