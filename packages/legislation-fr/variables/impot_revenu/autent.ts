import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const autent = defineVariable({
  name: "autent",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "autent",
  // The income tax already paid in full discharge by a micro-entrepreneur (8UY), set off as a crédit (CGI art. 151-0).
  reference: cgi("151-0"),
  formulas: {
    "2009-01-01": ({ foyer_fiscal, period }) => foyer_fiscal("f8uy", period),
  },
});
