import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { EEE, parNationalite } from "../../src/nationalites.ts";

export const ressortissant_eee = defineVariable({
  name: "ressortissant_eee",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Ressortissant d'un État de l'Espace économique européen",
  reference: casf("L262-6"),
  formulas: {
    "0001-01-01": ({ individu, period }) => parNationalite(individu.strings("nationalite", period), (code) => (EEE.has(code) ? 1 : 0)),
  },
});
