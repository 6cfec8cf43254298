import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

export const protection_patrimoine_naturel = defineVariable({
  name: "protection_patrimoine_naturel",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2019-12-31",
  label: "Réduction d'impôt en faveur des dépenses de préservation du patrimoine naturel",
  // A share of the year's expenses, within a ceiling, for the expenses of 2010 to 2013 (box 7KA); the part
  // exceeding the tax is carried over for six years (boxes 7KB to 7KE, by the year of the expense)
  // (CGI art. 199 octovicies).
  reference: cgi("199 octovicies"),
  formulas: {
    "2010-01-01": ({ foyer_fiscal, period, parameters }) =>
      depensesDeLAnnee(
        foyer_fiscal("f7ka_2013", period),
        parameters(period).impot_revenu.calcul_reductions_impots.divers.protection_patrimoine_naturel,
      ),
    "2011-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        depensesDeLAnnee(
          foyer_fiscal("f7ka_2013", period),
          parameters(period).impot_revenu.calcul_reductions_impots.divers.protection_patrimoine_naturel,
        ),
        foyer_fiscal("f7kb_2016", period),
      ),
    "2012-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        depensesDeLAnnee(
          foyer_fiscal("f7ka_2013", period),
          parameters(period).impot_revenu.calcul_reductions_impots.divers.protection_patrimoine_naturel,
        ),
        foyer_fiscal("f7kb_2016", period),
        foyer_fiscal("f7kc_2017", period),
      ),
    "2013-01-01": ({ foyer_fiscal, period, parameters }) =>
      add(
        depensesDeLAnnee(
          foyer_fiscal("f7ka_2013", period),
          parameters(period).impot_revenu.calcul_reductions_impots.divers.protection_patrimoine_naturel,
        ),
        foyer_fiscal("f7kb_2016", period),
        foyer_fiscal("f7kc_2017", period),
        foyer_fiscal("f7kd_2018", period),
      ),
    "2014-01-01": ({ foyer_fiscal, period }) =>
      add(
        foyer_fiscal("f7kb_2016", period),
        foyer_fiscal("f7kc_2017", period),
        foyer_fiscal("f7kd_2018", period),
        foyer_fiscal("f7ke_2019", period),
      ),
    "2017-01-01": ({ foyer_fiscal, period }) =>
      add(foyer_fiscal("f7kc_2017", period), foyer_fiscal("f7kd_2018", period), foyer_fiscal("f7ke_2019", period)),
    "2018-01-01": ({ foyer_fiscal, period }) => add(foyer_fiscal("f7kd_2018", period), foyer_fiscal("f7ke_2019", period)),
    "2019-01-01": ({ foyer_fiscal, period }) => foyer_fiscal("f7ke_2019", period),
  },
});

type Parametres = FrenchParameters["impot_revenu"]["calcul_reductions_impots"]["divers"]["protection_patrimoine_naturel"];

/** The réduction on the expenses of the year, within their ceiling. */
function depensesDeLAnnee(depenses: ArrayLike<number>, p: Parametres): Float64Array {
  return mul(p.taux, minimum(depenses, p.plafond));
}
