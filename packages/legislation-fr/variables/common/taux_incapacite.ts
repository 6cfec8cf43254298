import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const taux_incapacite = defineVariable({
  name: "taux_incapacite",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Taux d'incapacité permanente reconnu",
  reference: css("L821-1", "L821-2"),
});
