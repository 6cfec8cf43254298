import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

/** The ménage's `residence_dom` seen from each person, so that a famille can read it. */
export const residence_dom_individu = defineVariable({
  name: "residence_dom_individu",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "La personne réside dans un département d'outre-mer",
  reference: css("L755-11"),
  formulas: {
    "0001-01-01": ({ individu, period }) => individu.group("menage", "residence_dom", period),
  },
});
