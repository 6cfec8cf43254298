import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_base_ressources = defineVariable({
  name: "bourse_criteres_sociaux_base_ressources",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources comptées pour la bourse sur critères sociaux",
  // The student's own when autonomous, the parents' otherwise (circulaire du 8 juin 2020, annexe 3, 1).
  reference: BCS_REFERENCE,
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      where(
        individu("bourse_criteres_sociaux_etudiant_autonome", period),
        individu("bourse_criteres_sociaux_base_ressources_etudiant_autonome", period),
        individu("bourse_criteres_sociaux_base_ressources_parentale", period),
      ),
  },
});
