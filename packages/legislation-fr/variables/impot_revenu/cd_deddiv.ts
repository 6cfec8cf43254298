import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const cd_deddiv = defineVariable({
  name: "cd_deddiv",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Déductions diverses",
  // Box 6DD: other deductible charges (CGI art. 156, II).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => foyer_fiscal("f6dd", period),
  },
});
