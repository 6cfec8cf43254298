import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

/** Real charges: the locatif barème uses a forfait instead (aide_logement_charges); kept as an input. */
export const charges_locatives = defineVariable({
  name: "charges_locatives",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Charges locatives réelles",
  reference: cch("L823-1"),
});
