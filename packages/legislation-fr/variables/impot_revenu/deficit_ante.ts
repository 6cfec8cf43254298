import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const deficit_ante = defineVariable({
  name: "deficit_ante",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Déficits globaux des années antérieures restant à imputer",
  // Boxes 6FA to 6FL: deductible for six years (CGI art. 156, I).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      return add(f("f6fa"), f("f6fb"), f("f6fc"), f("f6fd"), f("f6fe"), f("f6fl"));
    },
  },
});
