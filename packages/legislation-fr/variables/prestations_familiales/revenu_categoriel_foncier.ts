import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_categoriel_foncier = defineVariable({
  name: "revenu_categoriel_foncier",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus fonciers nets du foyer fiscal (revenu catégoriel)",
  // Net rental income of the year (CGI art. 14, 28 and 32), counted in the resources of
  // the prestations familiales (CSS art. R532-3).
  reference: cgi("14", "28", "32"),
});
