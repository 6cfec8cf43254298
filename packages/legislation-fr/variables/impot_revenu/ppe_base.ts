import { div, eq, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe_base = defineVariable({
  name: "ppe_base",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "Montant de base de la PPE",
  // The earnings converted to a full time over a whole year (CGI art. 200 sexies, I, B, 3°).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const coefTp = individu("ppe_coef_tp", period);
      return mul(div(individu("ppe_rev", period), where(eq(coefTp, 0), 1, coefTp)), individu.group("foyer_fiscal", "ppe_coef", period));
    },
  },
});
