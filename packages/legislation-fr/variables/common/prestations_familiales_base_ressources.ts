import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const prestations_familiales_base_ressources = defineVariable({
  name: "prestations_familiales_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources annuelles de la famille retenues pour les prestations familiales",
  // Resources of the year N-2 of the allocataire and of the conjoint (CSS art. R532-1).
  reference: css("R532-1", "R532-3"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const anneeReference = period.thisYear.offset(-2);
      const revenus = famille.members("prestations_familiales_base_ressources_individu", anneeReference);
      return famille.sum(revenus, "parent");
    },
  },
});
