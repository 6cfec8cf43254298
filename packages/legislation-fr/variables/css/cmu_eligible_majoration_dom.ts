import { anyOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cmu_eligible_majoration_dom = defineVariable({
  name: "cmu_eligible_majoration_dom",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Plafond de la complémentaire santé solidaire majoré outre-mer",
  // In Guadeloupe, Guyane, Martinique and La Réunion, where the demandeur lives (CSS art.
  // D861-1); Mayotte has no complémentaire santé solidaire.
  reference: css("D861-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const duDemandeur = (name: string) => famille.valueFromPerson(famille.persons.group("menage", name, period), "demandeur");
      return anyOf(
        duDemandeur("residence_guadeloupe"),
        duDemandeur("residence_martinique"),
        duDemandeur("residence_guyane"),
        duDemandeur("residence_reunion"),
      );
    },
  },
});
