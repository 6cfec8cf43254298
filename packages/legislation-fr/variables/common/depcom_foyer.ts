import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const depcom_foyer = defineVariable({
  name: "depcom_foyer",
  entity: "foyer_fiscal",
  valueType: "str",
  definitionPeriod: "year",
  label: "Code INSEE de la commune de résidence du foyer fiscal",
  reference: cgi("1417"),
});
