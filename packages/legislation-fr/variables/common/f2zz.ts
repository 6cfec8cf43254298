import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const f2zz = defineVariable({
  name: "f2zz",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Autres revenus des valeurs et capitaux mobiliers (case 2ZZ)",
  reference: cgi("158"),
});
