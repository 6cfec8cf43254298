import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aide_logement = defineVariable({
  name: "aide_logement",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide personnelle au logement (APL, ALF ou ALS)",
  // One of the three aides, never two (CCH art. L821-1): their sum. A value given as input wins.
  reference: cch("L821-1", "L823-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => add(famille("apl", period), famille("als", period), famille("alf", period)),
  },
});
