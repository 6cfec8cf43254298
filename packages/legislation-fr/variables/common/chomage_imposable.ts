import { defineVariable } from "@zero/engine";
import { cgi } from "../../src/legal-references.ts";

export const chomage_imposable = defineVariable({
  name: "chomage_imposable",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocations chômage imposables",
  reference: cgi("79"),
});
