import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const f2ee = defineVariable({
  name: "f2ee",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Produits de placement soumis au prélèvement libératoire (case 2EE)",
  reference: cgi("125 A"),
});
