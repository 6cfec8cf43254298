import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const f2tr = defineVariable({
  name: "f2tr",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Produits de placement à revenu fixe (case 2TR)",
  reference: cgi("158"),
});
