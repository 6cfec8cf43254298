import { add, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const locations_pro = defineVariable({
  name: "locations_pro",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus des locations meublées",
  // Professional furnished rentals: real-regime profits less deficits (until 2015), and those taxed at the
  // micro regime without an approved centre (CGI art. 155, IV).
  reference: cgi("155"),
  formulas: {
    "2009-01-01": ({ individu, period }) =>
      add(sub(individu("abic_impm", period), individu("abic_defm", period)), individu("alnp_imps", period)),
    "2016-01-01": ({ individu, period }) => individu("alnp_imps", period),
  },
});
