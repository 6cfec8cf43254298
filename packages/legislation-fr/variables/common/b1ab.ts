import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const b1ab = defineVariable({
  name: "b1ab",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Valeur de la résidence principale déclarée à l'IFI (case 1AB)",
  reference: cgi("964"),
});
