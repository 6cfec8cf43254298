import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const proprietaire_proche_famille = defineVariable({
  name: "proprietaire_proche_famille",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Le bailleur est un proche de la famille",
  reference: cch("L822-2"),
});
