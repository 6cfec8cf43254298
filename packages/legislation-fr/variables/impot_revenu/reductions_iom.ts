import { defineVariable } from "../../src/define-variable.ts";
import { sommeArrondie } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const reductions_iom = defineVariable({
  name: "reductions_iom",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Réductions d'impôt sur les investissements d'outremer",
  // Investments overseas in a business, in housing and in social housing, each within its own ceilings
  // (CGI art. 199 undecies A, B and C); inputs in Zéro.
  reference: cgi("199 undecies A", "199 undecies B", "199 undecies C"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period }) => sommeArrondie(foyer_fiscal, period, ["doment", "domlog", "domsoc"]),
  },
});
