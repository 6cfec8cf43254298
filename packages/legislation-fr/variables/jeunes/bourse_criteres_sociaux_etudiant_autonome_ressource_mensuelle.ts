import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_etudiant_autonome_ressource_mensuelle = defineVariable({
  name: "bourse_criteres_sociaux_etudiant_autonome_ressource_mensuelle",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources mensuelles de l'étudiant pour juger de son autonomie (bourse sur critères sociaux)",
  // The famille's resources as the RSA counts them (circulaire du 8 juin 2020, annexe 3, 1.2.2).
  reference: BCS_REFERENCE,
  formulas: {
    "0001-01-01": ({ individu, period }) => individu.group("famille", "rsa_base_ressources", period),
  },
});
