import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const autonomie_financiere = defineVariable({
  name: "autonomie_financiere",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Jeune financièrement autonome (plus à charge)",
  reference: css("L512-3"),
});
