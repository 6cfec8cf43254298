import { sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rni = defineVariable({
  name: "rni",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu net imposable",
  // The net global income less the special allowances (CGI art. 157 bis and 196 B).
  reference: cgi("156", "157 bis", "196 B"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => sub(foyer_fiscal("rng", period), foyer_fiscal("abat_spe", period)),
  },
});
