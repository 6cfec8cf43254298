import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_base_ressources_etudiant_autonome = defineVariable({
  name: "bourse_criteres_sociaux_base_ressources_etudiant_autonome",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources de l'étudiant autonome comptées pour la bourse sur critères sociaux",
  // The revenu brut global of N-2 of the student's own foyer fiscal (circulaire du 8 juin 2020, annexe 3, 1.2.2).
  reference: BCS_REFERENCE,
  formulas: {
    "0001-01-01": ({ individu, period }) => individu.group("foyer_fiscal", "rbg", period.thisYear.offset(-2, "year")),
  },
});
