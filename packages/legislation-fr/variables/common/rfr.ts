import { defineVariable } from "@zero/engine";
import { cgi } from "../../src/legal-references.ts";

export const rfr = defineVariable({
  name: "rfr",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu fiscal de référence",
  reference: cgi("1417"),
});
