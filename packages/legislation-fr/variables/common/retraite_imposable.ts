import { defineVariable } from "@zero/engine";
import { cgi } from "../../src/legal-references.ts";

export const retraite_imposable = defineVariable({
  name: "retraite_imposable",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Pensions de retraite imposables",
  reference: cgi("79"),
});
