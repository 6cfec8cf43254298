import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const acs = defineVariable({
  name: "acs",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au paiement d'une complémentaire santé perçue",
  reference: css("L863-1"),
});
