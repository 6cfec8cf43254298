import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_imposables = defineVariable({
  name: "rpns_imposables",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus imposables des professions non salariées",
  reference: cgi("34", "92"),
});
