import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondiFiscal } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_exceptionnelle_hauts_revenus_sans_lissage = defineVariable({
  name: "contribution_exceptionnelle_hauts_revenus_sans_lissage",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "year",
  label: "Contribution exceptionnelle sur les hauts revenus, hors lissage",
  // 3 % then 4 % of the RFR beyond thresholds twice as high for a couple (CGI art. 223 sexies, I).
  reference: cgi("223 sexies"),
  formulas: {
    "2011-01-01": ({ foyer_fiscal, period, parameters }) => {
      const bareme = parameters(period).impot_revenu.contributions_exceptionnelles.contribution_exceptionnelle_hauts_revenus;
      const rfr = arrondiFiscal(foyer_fiscal("rfr", period));
      return where(
        foyer_fiscal("maries_ou_pacses", period),
        arrondiFiscal(bareme.maries_ou_pacses.calc(rfr)),
        arrondiFiscal(bareme.celibataire_ou_assimile.calc(rfr)),
      );
    },
  },
});
