import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const f2dh = defineVariable({
  name: "f2dh",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Produits d'assurance-vie et de capitalisation soumis au prélèvement libératoire (case 2DH)",
  reference: cgi("125-0 A"),
});
