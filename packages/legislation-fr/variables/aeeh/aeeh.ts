import { add, allOf, eq, lt, not, select, sumMembers, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const aeeh = defineVariable({
  name: "aeeh",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation d'éducation de l'enfant handicapé",
  // For each child under 20 whose handicap opens the right (CSS art. L541-1, R541-1): the
  // base allowance (32 % of the BMAF), plus the complément of the catégorie (1 to 6) the
  // commission (CDAPH) granted, a share of the BMAF for catégories 1 to 5 and a sum in euros
  // for the 6th (L541-1, R541-2, D541-2); a single parent receiving a complément of catégorie 2
  // to 6 also receives its majoration (L541-4, D541-3). The catégorie is an input
  // (`aeeh_niveau_handicap`, 0 for none). Replaces the AES from 2006.
  reference: css("L541-1", "L541-4", "R541-1", "R541-2", "D541-2", "D541-3"),
  formulas: {
    "2006-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const aeeh = pf.education_presence_parentale.aeeh;
      const bmaf: number = pf.bmaf.bmaf;
      const handicape = allOf(
        famille.memberHasRole("enfant"),
        famille.members("handicap", period),
        lt(famille.members("age", period), aeeh.age_maximum_enfant),
      );
      const categorie = famille.members("aeeh_niveau_handicap", period);
      const cpl = aeeh.complement_allocation;
      const maj = aeeh.majoration_parent_isole;
      const complement = select([
        [eq(categorie, 1), cpl.categorie_1 * bmaf],
        [eq(categorie, 2), cpl.categorie_2 * bmaf],
        [eq(categorie, 3), cpl.categorie_3 * bmaf],
        [eq(categorie, 4), cpl.categorie_4 * bmaf],
        [eq(categorie, 5), cpl.categorie_5 * bmaf],
        [eq(categorie, 6), cpl.categorie_6],
      ]);
      const majoration = select([
        [eq(categorie, 2), maj.categorie_2 * bmaf],
        [eq(categorie, 3), maj.categorie_3 * bmaf],
        [eq(categorie, 4), maj.categorie_4 * bmaf],
        [eq(categorie, 5), maj.categorie_5 * bmaf],
        [eq(categorie, 6), maj.categorie_6 * bmaf],
      ]);
      const isole = famille.project(not(famille("en_couple", period)));
      return sumMembers(famille, add(aeeh.base * bmaf, complement, where(isole, majoration)), handicape);
    },
  },
});
