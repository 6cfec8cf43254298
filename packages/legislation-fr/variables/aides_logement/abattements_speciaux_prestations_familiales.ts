import { add, allOf, anyOf, gt, lt, minimum, mul, toDays, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { cgi } from "../../src/legal-references.ts";

/** Born before 1931: the abattement of CGI art. 157 bis for the elderly (then over 65 whatever the year). */
const NE_AVANT = toDays("1931-01-01");

export const abattements_speciaux_prestations_familiales = defineVariable({
  name: "abattements_speciaux_prestations_familiales",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Abattements spéciaux des personnes âgées ou invalides et des enfants mariés rattachés",
  // The abattements of CGI art. 157 bis on the revenu net global, which the aides au logement
  // and the prestations familiales take off the resources: for a declarant born before 1931 or
  // invalid (case P; the conjoint's case F), by bands of the revenu net global; for each married
  // child attached to the foyer; within the revenu net global. As OpenFisca-France, the
  // conjoint's condition is read with the declarant principal's age.
  reference: cgi("157 bis"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const abattements = parameters(period).impot_revenu.calcul_revenus_imposables.abat_rni;
      // The barèmes in the parameters start with the incomes of 2012.
      if (abattements.contribuable_age_invalide === undefined) return 0;
      const mois = period.firstMonth;
      const age = foyer_fiscal.valueFromPerson(foyer_fiscal.members("age", mois), "declarant_principal");
      const naissances = foyer_fiscal.members("date_naissance", mois);
      const naissanceDeclarant = foyer_fiscal.valueFromPerson(naissances, "declarant_principal", 0, Infinity);
      const naissanceConjoint = foyer_fiscal.valueFromPerson(naissances, "conjoint", 0, Infinity);
      const eligible = allOf(
        gt(age, 0),
        anyOf(
          lt(naissanceDeclarant, NE_AVANT),
          foyer_fiscal("caseP", period),
          lt(naissanceConjoint, NE_AVANT),
          foyer_fiscal("caseF", period),
        ),
      );
      const enfantsMaries = mul(foyer_fiscal("nbN", period), abattements.enfant_marie ?? 0);
      // Nobody old or invalid and no married child: no abattement (the revenu net global is not read).
      if (toutNul(eligible) && toutNul(enfantsMaries)) return 0;
      const rng = foyer_fiscal("rng", period);
      const ageOuInvalidite = where(eligible, abattements.contribuable_age_invalide.calc(rng));
      const total = add(ageOuInvalidite, enfantsMaries);
      return where(gt(total, 0), minimum(rng, total));
    },
  },
});
