import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_autres_revenus = defineVariable({
  name: "rpns_autres_revenus",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus non salariés (bénéfice déclaré)",
  reference: cgi("34", "92"),
});
