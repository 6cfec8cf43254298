import { defineVariable } from "@zero/engine";
import { cch } from "../../src/legal-references.ts";

export const aide_logement = defineVariable({
  name: "aide_logement",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide personnelle au logement perçue (APL, ALF ou ALS)",
  reference: cch("L821-1", "L841-1"),
});
