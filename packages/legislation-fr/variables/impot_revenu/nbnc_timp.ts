import { sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nbnc_timp = defineVariable({
  name: "nbnc_timp",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  end: "2022-12-31",
  label: "Revenus des professions non salariées individuels sans abattement CGA (régime contrôlé)",
  // Professional BNC without an approved association, less the deficits (CGI art. 92, 93).
  reference: cgi("92", "93"),
  formulas: {
    "0001-01-01": ({ individu, period }) => sub(individu("nbnc_impo", period), individu("nbnc_defi", period)),
  },
});
