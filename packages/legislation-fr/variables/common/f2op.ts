import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const f2op = defineVariable({
  name: "f2op",
  entity: "foyer_fiscal",
  valueType: "bool",
  definitionPeriod: "year",
  label: "Option pour l'imposition au barème des revenus mobiliers (case 2OP)",
  reference: cgi("200 A"),
});
