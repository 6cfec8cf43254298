import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_differentielle_hauts_revenus_ressources = defineVariable({
  name: "contribution_differentielle_hauts_revenus_ressources",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Ressources considérées par la contribution différentielle sur les hauts revenus",
  // The revenu fiscal de référence (CGI art. 224, II); its adjustments (exceptional income smoothed, gains
  // in report) are not modelled.
  reference: cgi("224"),
  formulas: {
    "2025-01-01": ({ foyer_fiscal, period }) => foyer_fiscal("rfr", period),
  },
});
