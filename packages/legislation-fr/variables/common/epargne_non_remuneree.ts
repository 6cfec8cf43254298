import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";

export const epargne_non_remuneree = defineVariable({
  name: "epargne_non_remuneree",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Capitaux non productifs de revenus",
  reference: casf("R132-1", "R262-6"),
});
