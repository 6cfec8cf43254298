import { defineVariable } from "@zero/engine";
import { cgi } from "../../src/legal-references.ts";

export const salaire_imposable = defineVariable({
  name: "salaire_imposable",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Salaire imposable",
  reference: cgi("79", "82"),
});
