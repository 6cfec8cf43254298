import { add, allOf, eq, gt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_differentielle_hauts_revenus_eligible = defineVariable({
  name: "contribution_differentielle_hauts_revenus_eligible",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Éligibilité à la contribution différentielle sur les hauts revenus",
  // Resources above the threshold of a single person, or of a couple taxed jointly (CGI art. 224, I).
  reference: cgi("224"),
  formulas: {
    "2025-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.contributions_exceptionnelles.contribution_differentielle_hauts_revenus;
      const ressources = foyer_fiscal("contribution_differentielle_hauts_revenus_ressources", period);
      const nbAdultes = foyer_fiscal("nb_adult", period);
      return add(allOf(eq(nbAdultes, 1), gt(ressources, p.seuil_celibataire)), allOf(eq(nbAdultes, 2), gt(ressources, p.seuil_couple)));
    },
  },
});
