import { add, maximum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rbg = defineVariable({
  name: "rbg",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu brut global",
  // The categorical incomes, plus the amounts added back (6GH), less past global deficits (CGI art. 156).
  // Not modelled: the non-professional BIC and capital gains of the 2042 C PRO added here until 2022.
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      maximum(0, sub(add(foyer_fiscal("revenu_categoriel", period), foyer_fiscal("f6gh", period)), foyer_fiscal("deficit_ante", period))),
  },
});
