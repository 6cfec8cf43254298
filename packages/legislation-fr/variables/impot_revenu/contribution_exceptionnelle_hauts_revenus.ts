import { add, allOf, div, ge, lt, mul, not, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { arrondiFiscal } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_exceptionnelle_hauts_revenus = defineVariable({
  name: "contribution_exceptionnelle_hauts_revenus",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Contribution exceptionnelle sur les hauts revenus",
  // The common rule, or the smoothing of an exceptional income when the foyer asks for it: the two
  // previous RFRs below the first threshold, this one at least 1.5 times their mean, and the foyer
  // taxed in France for most of its income those years (box 8TD unticked) (CGI art. 223 sexies, II).
  reference: cgi("223 sexies"),
  formulas: {
    "2011-01-01": ({ foyer_fiscal, period, parameters }) => {
      const droitCommun = foyer_fiscal("contribution_exceptionnelle_hauts_revenus_sans_lissage", period);
      const demande = foyer_fiscal("contribution_exceptionnelle_hauts_revenus_appliquer_lissage", period);
      // Without a request, the previous years' RFRs are not needed.
      if (toutNul(demande)) return droitCommun;
      const bareme = parameters(period).impot_revenu.contributions_exceptionnelles.contribution_exceptionnelle_hauts_revenus;
      const couple = foyer_fiscal("maries_ou_pacses", period);
      const rfr = arrondiFiscal(foyer_fiscal("rfr", period));
      const rfr1 = arrondiFiscal(foyer_fiscal("rfr", period.lastYear));
      const rfr2 = arrondiFiscal(foyer_fiscal("rfr", period.lastYear.lastYear));
      const seuil = where(couple, bareme.maries_ou_pacses.thresholds[1]!, bareme.celibataire_ou_assimile.thresholds[1]!);
      const moyenne = div(add(rfr1, rfr2), 2);
      const lissage = allOf(demande, lt(rfr1, seuil), lt(rfr2, seuil), ge(rfr, mul(1.5, moyenne)), not(foyer_fiscal("f8td", period)));
      const ordinaire = arrondiFiscal(moyenne);
      const assiette = arrondiFiscal(add(ordinaire, div(sub(rfr, ordinaire), 2)));
      const cehr = (base: Float64Array) =>
        where(couple, arrondiFiscal(bareme.maries_ou_pacses.calc(base)), arrondiFiscal(bareme.celibataire_ou_assimile.calc(base)));
      const cehrOrdinaire = cehr(ordinaire);
      return where(lissage, add(cehrOrdinaire, mul(sub(cehr(assiette), cehrOrdinaire), 2)), droitCommun);
    },
  },
});
