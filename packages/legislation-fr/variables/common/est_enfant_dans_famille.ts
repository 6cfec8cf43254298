import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const est_enfant_dans_famille = defineVariable({
  name: "est_enfant_dans_famille",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "eternity",
  label: "Enfant de sa famille (au sens des prestations familiales)",
  reference: css("L512-3"),
  formulas: {
    "0001-01-01": ({ individu }) => individu.hasRole("famille", "enfant"),
  },
});
