import { maximum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nacc_timp = defineVariable({
  name: "nacc_timp",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  end: "2022-12-31",
  label: "Revenus des professions non salariées individuels sans abattement CGA (régime réel)",
  // Non-professional BIC at the real regime without an approved centre, less the deficits (CGI art. 34, 156).
  reference: cgi("34", "156"),
  formulas: {
    "0001-01-01": ({ individu, period }) => maximum(0, sub(individu("nacc_impn", period), individu("nacc_defn", period))),
  },
});
