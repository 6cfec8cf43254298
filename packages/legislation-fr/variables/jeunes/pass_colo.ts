import { allOf, anyOf, div, eq, gt, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const pass_colo = defineVariable({
  name: "pass_colo",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Pass'colo",
  // Since 2024, for a famille with a child who turns 11 this year, an aid by the quotient familial
  // of the foyer fiscal (revenu fiscal de référence of N-2 per part), none above 1 500 €
  // (décret n° 2024-277 du 28 mars 2024).
  reference: [
    "Décret n° 2024-277 du 28 mars 2024 relatif au « Pass'colo »",
    "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049339145",
  ],
  formulas: {
    "2024-01-01": ({ individu, period, parameters }) => {
      const pass = parameters(period).prestations_sociales.education.pass_colo;
      // A child aged one year less on 1 January, or born the same day 11 years before.
      const enfantDeLAge = anyOf(
        eq(individu("age", period.thisYear.firstMonth), pass.age_enfant - 1),
        eq(individu("date_naissance", period), period.start.offset(-pass.age_enfant, "year").days),
      );
      // Whether the person's famille has such a child: each famille's members, through the person's famille index.
      const famille = individu.groupIndex("famille");
      const familleEligible = new Uint8Array(individu.count);
      for (let i = 0; i < famille.length; i++) if (enfantDeLAge[i]) familleEligible[famille[i]!] = 1;
      const ageEligible = new Uint8Array(individu.count);
      for (let i = 0; i < famille.length; i++) ageEligible[i] = familleEligible[famille[i]!]!;

      const anneeN2 = period.thisYear.offset(-2, "year");
      const parts = individu.group("foyer_fiscal", "nbptr", anneeN2);
      const quotientFamilial = div(individu.group("foyer_fiscal", "rfr", anneeN2), parts);
      return where(allOf(ageEligible, gt(parts, 0)), pass.montants.calc(quotientFamilial));
    },
  },
});
