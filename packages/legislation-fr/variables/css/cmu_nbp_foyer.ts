import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cmu_nbp_foyer = defineVariable({
  name: "cmu_nbp_foyer",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre de personnes du foyer pour la complémentaire santé solidaire",
  // The demandeur, the conjoint and the persons à charge (CSS art. R861-2).
  reference: css("R861-2"),
  formulas: {
    "0001-01-01": ({ famille, period }) => add(famille("nb_parents", period), famille("cmu_nb_pac", period)),
  },
});
