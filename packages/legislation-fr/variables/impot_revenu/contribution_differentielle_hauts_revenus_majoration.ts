import { add, eq, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_differentielle_hauts_revenus_majoration = defineVariable({
  name: "contribution_differentielle_hauts_revenus_majoration",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Majoration de la contribution différentielle sur les hauts revenus",
  // The tax compared with the minimum is raised per person à charge and for a couple (CGI art. 224, III, 2°).
  reference: cgi("224"),
  formulas: {
    "2025-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.contributions_exceptionnelles.contribution_differentielle_hauts_revenus;
      return add(
        mul(foyer_fiscal("nb_pac", period), p.majoration_impot_pac),
        mul(eq(foyer_fiscal("nb_adult", period), 2), p.majoration_impot_couple),
      );
    },
  },
});
