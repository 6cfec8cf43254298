import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const enfant_a_charge = defineVariable({
  name: "enfant_a_charge",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "year",
  label: "Enfant à charge du foyer fiscal",
  reference: cgi("196"),
});
