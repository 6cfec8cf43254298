import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ci_gardenf = defineVariable({
  name: "ci_gardenf",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Frais de garde des enfants à l’extérieur du domicile",
  // A share of the costs of care outside the home of each child under six (7GA to 7GC), within a ceiling
  // per child, halved for a child in alternating residence (7GE to 7GG) (CGI art. 200 quater B).
  reference: cgi("200 quater B"),
  formulas: {
    "2005-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.gardenf;
      const plafonnes = (cases: readonly string[], plafond: number) =>
        cases.reduce<Float64Array>(
          (total, c) => add(total, minimum(foyer_fiscal(c, period), plafond)),
          new Float64Array(foyer_fiscal.count),
        );
      return mul(p.taux, add(plafonnes(["f7ga", "f7gb", "f7gc"], p.plafond), plafonnes(["f7ge", "f7gf", "f7gg"], p.plafond / 2)));
    },
  },
});
