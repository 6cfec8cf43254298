import { add, anyOf, eq, maximum, minimum, mul, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cf_plafond = defineVariable({
  name: "cf_plafond",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Plafond de ressources du complément familial",
  // A base raised by 25 % for each of the first two children and 30 % for each further
  // child, plus a fixed sum for a couple with two incomes or a single parent (CSS art.
  // R522-2). Overseas until March 2017, the ceiling of the allocation de rentrée scolaire,
  // raised by 30 % per child à charge, the same for every household (CSS art. L755-16 before
  // the loi n° 2017-256 of 28 February 2017, art. 25 ; R755-2) ; since April 2017 the
  // ceiling of metropolitan France (décret n° 2017-551 of 14 April 2017, art. 1).
  reference: css("L522-1", "R522-2", "L755-16", "R755-2", "R543-5"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period).prestations_sociales.prestations_familiales;
      const ars = p.education_presence_parentale.ars.ars_plaf;
      const nb = nombreEnfantsACharge(famille, period);
      const plafondArs = mul(ars.plafond_ressources, add(1, mul(ars.majoration_par_enf_supp, nb)));
      const dom = famille.valueFromPerson(famille.members("residence_dom_individu", period), "demandeur");
      return where(dom, plafondArs, plafondMetropole(famille, period, p.prestations_generales.cf.cf_plaf, nb));
    },
    "2017-04-01": ({ famille, period, parameters }) => {
      const plaf = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.cf.cf_plaf;
      return plafondMetropole(famille, period, plaf, nombreEnfantsACharge(famille, period));
    },
  },
});

interface CfPlaf {
  plafond_ressources_0_enfant: number;
  majoration: { deux_premiers_enf: number; troisieme_enf_et_plus: number; biactifs_isoles: number };
}

/** The children à charge for the prestations familiales, and those the complément keeps until 21. */
function nombreEnfantsACharge(famille: Population, period: Period): Float64Array {
  const aCharge = anyOf(famille.members("prestations_familiales_enfant_a_charge", period), famille.members("cf_enfant_eligible", period));
  return famille.sum(aCharge, "enfant");
}

/** The ceiling of CSS art. R522-2 for nb children. */
function plafondMetropole(famille: Population, period: Period, plaf: CfPlaf, nb: Float64Array): Float64Array {
  const coef = add(
    1,
    mul(plaf.majoration.deux_premiers_enf, minimum(nb, 2)),
    mul(plaf.majoration.troisieme_enf_et_plus, maximum(sub(nb, 2), 0)),
  );
  const majore = anyOf(famille("biactivite", period), eq(famille("nb_parents", period), 1));
  return add(mul(plaf.plafond_ressources_0_enfant, coef), where(majore, plaf.majoration.biactifs_isoles));
}
