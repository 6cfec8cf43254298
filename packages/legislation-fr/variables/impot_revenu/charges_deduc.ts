import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const charges_deduc = defineVariable({
  name: "charges_deduc",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Charges déductibles",
  // The charges deducted from the revenu brut global (CGI art. 156), with those capped on it until 2008
  // (cd2: co-development savings, an input in Zéro).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => add(foyer_fiscal("cd1", period), foyer_fiscal("cd2", period)),
  },
});
