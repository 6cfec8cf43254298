import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { sumOf, sumOverRsaFoyer } from "../../src/formula-helpers.ts";
import { PPA_ALLOCATIONS_MEMBRES_FOYER, PPA_PRESTATIONS_FAMILLE } from "../../src/ressources.ts";

export const ppa_ressources_hors_activite = defineVariable({
  name: "ppa_ressources_hors_activite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources du foyer autres que professionnelles retenues pour la prime d'activité",
  reference: css("L842-4", "R844-2", "R844-5"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const individuelles = add(
        famille.members("ppa_ressources_hors_activite_individu", period),
        sumOf(famille.persons, PPA_ALLOCATIONS_MEMBRES_FOYER.at(period), period),
      );
      return add(sumOverRsaFoyer(famille, individuelles, period), sumOf(famille, PPA_PRESTATIONS_FAMILLE.at(period), period));
    },
  },
});
