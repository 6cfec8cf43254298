import { add, allOf, anyOf, ge, gt, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const abat_spe = defineVariable({
  name: "abat_spe",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Abattements spéciaux sur le revenu net global",
  // For each declarant aged 65 or more or disabled (cases P and F), an amount that depends on the
  // net global income (CGI art. 157 bis); for each married child attached (case N, art. 196 B).
  // Never more than the net global income.
  reference: cgi("157 bis", "196 B"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const abat = parameters(period).impot_revenu.calcul_revenus_imposables.abat_rni;
      const ageMinimum: number = abat.age_minimum;
      const janvier = period.firstMonth;
      const ages = foyer_fiscal.members("age", janvier);
      const ageDeclarant = foyer_fiscal.valueFromPerson(ages, "declarant_principal");
      const ageConjoint = foyer_fiscal.valueFromPerson(ages, "conjoint");
      const ouvrantDroit = add(
        allOf(anyOf(ge(ageDeclarant, ageMinimum), foyer_fiscal("caseP", period)), gt(ageDeclarant, 0)),
        allOf(anyOf(ge(ageConjoint, ageMinimum), foyer_fiscal("caseF", period)), gt(ageConjoint, 0)),
      );
      const rng = foyer_fiscal("rng", period);
      const ageOuInvalidite = mul(ouvrantDroit, abat.contribuable_age_invalide.calc(rng));
      return minimum(rng, add(ageOuInvalidite, mul(foyer_fiscal("nbN", period), abat.enfant_marie)));
    },
  },
});
