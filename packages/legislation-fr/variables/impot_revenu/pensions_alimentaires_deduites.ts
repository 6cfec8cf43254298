import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const pensions_alimentaires_deduites = defineVariable({
  name: "pensions_alimentaires_deduites",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Pensions alimentaires",
  // Alimony paid: to adult children within a ceiling per child (6EL, 6EM; 6GI, 6GJ fixed by a judgement
  // before 2006, raised by 25 %), to others in full (6GP raised likewise, 6GU) (CGI art. 156, II, 2°).
  reference: cgi("156"),
  formulas: {
    "2006-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_revenus_imposables.charges_deductibles.pensions_alimentaires;
      const f = (name: string) => foyer_fiscal(name, period);
      const plafonne = (v: ArrayLike<number>) => minimum(v, p.plafond);
      return add(
        plafonne(mul(f("f6gi"), p.taux_jgt_2006)),
        plafonne(mul(f("f6gj"), p.taux_jgt_2006)),
        plafonne(f("f6el")),
        plafonne(f("f6em")),
        mul(f("f6gp"), p.taux_jgt_2006),
        f("f6gu"),
      );
    },
  },
});
