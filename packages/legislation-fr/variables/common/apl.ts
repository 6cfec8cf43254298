import { defineVariable } from "@zero/engine";
import { cch } from "../../src/legal-references.ts";

export const apl = defineVariable({
  name: "apl",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide personnalisée au logement perçue",
  reference: cch("L831-1"),
});
