import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const depart1825_montant_maximum = defineVariable({
  name: "depart1825_montant_maximum",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide maximale du programme Départ 18:25",
  // The maximum support of a stay, for an eligible young person (ANCV, programme Départ 18:25).
  reference: [
    "Code du tourisme, article L411-13 (missions de l'Agence nationale pour les chèques-vacances)",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074073",
    "ANCV, programme Départ 18:25",
    "https://programme-depart-1825.com/eligibilite/",
  ],
  formulas: {
    "2014-09-05": ({ individu, period, parameters }) =>
      mul(individu("depart1825_eligibilite", period), parameters(period).prestations_sociales.education.depart1825.montant_maximum),
  },
});
