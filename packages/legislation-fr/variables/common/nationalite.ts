import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const nationalite = defineVariable({
  name: "nationalite",
  entity: "individu",
  valueType: "str",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  default: "FR",
  label: "Nationalité (code pays ISO 3166-1 alpha-2)",
  reference: casf("L262-4", "L262-6"),
});
