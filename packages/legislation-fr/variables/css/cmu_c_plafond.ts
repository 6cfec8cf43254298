import { add, eq, ge, le, mul, select, sumMembers, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { rangParAge } from "../../src/css.ts";
import { css } from "../../src/legal-references.ts";

export const cmu_c_plafond = defineVariable({
  name: "cmu_c_plafond",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Plafond annuel de ressources de la complémentaire santé solidaire sans participation (CMU-C)",
  // The plafond of a person alone, raised by 50 % for the second person of the foyer, 30 % for
  // the third and the fourth, 40 % for each further one (CSS art. R861-3), a child in
  // alternating residence counting for half; raised by 11.3 % overseas (D861-1). The children
  // are ranked by age, the eldest first: with a person alone, the eldest is the second person.
  // Rounded to the euro.
  reference: css("L861-1", "R861-3", "D861-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const cmu = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.cmu;
      const enfant = famille.memberHasRole("enfant");
      const rang = rangParAge(famille, famille.members("age", period), famille.members("date_naissance", period), enfant);
      const part = where(famille.members("garde_alternee", period), 0.5, 1);
      const seul = mul(
        select(
          [
            [eq(rang, 0), cmu.coeff_p2],
            [le(rang, 2), cmu.coeff_p3_p4],
          ],
          cmu.coeff_p5_plus,
        ),
        part,
      );
      const couple = mul(where(le(rang, 1), cmu.coeff_p3_p4, cmu.coeff_p5_plus), part);
      const coefficient = where(
        ge(famille("nb_parents", period), 2),
        add(1 + cmu.coeff_p2, sumMembers(famille, couple, enfant)),
        add(1, sumMembers(famille, seul, enfant)),
      );
      const dom = add(1, mul(famille("cmu_eligible_majoration_dom", period), cmu.majoration_dom));
      const plafond = mul(mul(cmu.plafond_base, dom), coefficient);
      for (let i = 0; i < plafond.length; i++) plafond[i] = arrondiEuro(plafond[i]!);
      return plafond;
    },
  },
});

/** Rounds to the euro, half to even (numpy's round, OpenFisca-France's rounding here). */
function arrondiEuro(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
