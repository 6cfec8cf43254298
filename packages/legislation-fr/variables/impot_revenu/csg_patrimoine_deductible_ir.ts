import { add, maximum, minimum, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const csg_patrimoine_deductible_ir = defineVariable({
  name: "csg_patrimoine_deductible_ir",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Csg déductible sur le patrimoine",
  // The CSG paid on property income taxed at the scale is deductible in part, in the year it is paid: the
  // amount of box 6DE, and the deductible rate on the income of boxes 2BH (from 2018 only with the option
  // for the scale) and 2DF; at most the revenu brut global (CGI art. 154 quinquies, II).
  reference: cgi("154 quinquies"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const taux = parameters(period).taxation_capital.prelevements_sociaux.csg.taux_deductible.revenus_du_patrimoine;
      const f = (name: string) => foyer_fiscal(name, period);
      const csg = add(maximum(f("f6de"), 0), maximum(mul(taux, add(f("f2bh"), f("f2df"))), 0));
      return minimum(csg, maximum(f("rbg"), 0));
    },
    "2018-01-01": ({ foyer_fiscal, period, parameters }) => {
      const taux = parameters(period).taxation_capital.prelevements_sociaux.csg.taux_deductible.revenus_du_patrimoine;
      const f = (name: string) => foyer_fiscal(name, period);
      const csg = add(maximum(f("f6de"), 0), maximum(mul(taux, add(where(f("f2op"), f("f2bh"), 0), f("f2df"))), 0));
      return minimum(csg, maximum(f("rbg"), 0));
    },
  },
});
