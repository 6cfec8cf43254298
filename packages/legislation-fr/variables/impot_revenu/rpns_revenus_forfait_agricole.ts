import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_revenus_forfait_agricole = defineVariable({
  name: "rpns_revenus_forfait_agricole",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "Revenus du forfait agricole - Revenus des professions non salariées",
  // The agricultural profit fixed at a flat amount (forfait collectif, CGI art. 64, until 2015).
  reference: cgi("64"),
  formulas: {
    "0001-01-01": ({ individu, period }) => individu("frag_impo", period),
  },
});
