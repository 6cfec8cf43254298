import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const deficit_rcm = defineVariable({
  name: "deficit_rcm",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Déficits de capitaux mobiliers des années antérieures restant à imputer",
  // Boxes 2AA, 2AL, 2AM, 2AN, 2AQ and 2AR (CGI art. 156, I, 4°).
  reference: cgi("156"),
  formulas: {
    "2009-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      return add(f("f2aa"), f("f2al"), f("f2am"), f("f2an"), f("f2aq"), f("f2ar"));
    },
  },
});
