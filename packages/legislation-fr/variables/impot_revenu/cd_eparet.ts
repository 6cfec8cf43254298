import { add, eq, minimum, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const cd_eparet = defineVariable({
  name: "cd_eparet",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Charge déductible au titre de l'épargne retraite (PERP, PREFON, COREM et CGOS)",
  // Each member's retirement-savings contributions (6RS, 6SS, 6NS), within his ceiling when given (6PS)
  // (CGI art. 163 quatervicies); the ceiling's computation (form 2041 GX) is not modelled.
  reference: cgi("163 quatervicies"),
  formulas: {
    "2004-01-01": ({ foyer_fiscal, period }) => {
      const m = (name: string) => foyer_fiscal.members(name, period);
      const versements = add(m("f6rs"), m("f6ss"), m("f6ns"));
      const plafond = m("f6ps");
      return foyer_fiscal.sum(where(eq(plafond, 0), versements, minimum(versements, plafond)));
    },
  },
});
