import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const f2dc = defineVariable({
  name: "f2dc",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Revenus des actions et parts ouvrant droit à abattement (case 2DC)",
  reference: cgi("158"),
});
