import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rfr_cd = defineVariable({
  name: "rfr_cd",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Charges déductibles entrant dans le revenus fiscal de référence",
  // The retirement-savings deductions added back to the revenu fiscal de référence (CGI art. 1417, IV, 1°, a),
  // with the SOFIPÊCHE subscriptions until 2006 (an input in Zéro).
  reference: cgi("1417"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => add(foyer_fiscal("cd_eparet", period), foyer_fiscal("cd_sofipe", period)),
    "2007-01-01": ({ foyer_fiscal, period }) => foyer_fiscal("cd_eparet", period),
  },
});
