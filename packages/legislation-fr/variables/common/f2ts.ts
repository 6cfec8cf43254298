import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const f2ts = defineVariable({
  name: "f2ts",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Revenus de valeurs mobilières et distributions (case 2TS)",
  reference: cgi("158"),
});
