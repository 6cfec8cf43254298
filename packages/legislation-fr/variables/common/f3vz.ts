import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const f3vz = defineVariable({
  name: "f3vz",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Plus-values de cession d'immeubles (case 3VZ)",
  reference: cgi("150 U"),
});
