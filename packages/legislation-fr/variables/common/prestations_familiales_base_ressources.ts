import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const prestations_familiales_base_ressources = defineVariable({
  name: "prestations_familiales_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources annuelles de la famille retenues pour les prestations familiales",
  // Resources of the year N-2 of the allocataire and of the conjoint: their net
  // categorical income, including their foyer's net rental income (CSS art. R532-1, R532-3).
  reference: css("R532-1", "R532-3"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const anneeReference = period.thisYear.offset(-2);
      const revenus = famille.members("prestations_familiales_base_ressources_individu", period);
      // Net rental income of the foyers fiscaux whose principal declarant is a parent.
      const personnes = famille.persons;
      const foncier = personnes.group("foyer_fiscal", "revenu_categoriel_foncier", anneeReference);
      const declarant = personnes.hasRole("foyer_fiscal", "declarant_principal");
      const parRevenus = new Float64Array(revenus.length);
      for (let i = 0; i < parRevenus.length; i++) parRevenus[i] = revenus[i]! + (declarant[i] ? foncier[i]! : 0);
      return famille.sum(parRevenus, "parent");
    },
  },
});
