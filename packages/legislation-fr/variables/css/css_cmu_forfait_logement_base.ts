import { defineVariable } from "../../src/define-variable.ts";
import { forfaitLogementCss } from "../../src/css.ts";
import { css } from "../../src/legal-references.ts";

export const css_cmu_forfait_logement_base = defineVariable({
  name: "css_cmu_forfait_logement_base",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Forfait logement annuel d'un foyer propriétaire ou logé gratuitement (complémentaire santé solidaire)",
  // Twelve months of 12 %, 14 % or 14 % of the RSA's montant forfaitaire for a foyer of 1, 2 or
  // 3 persons or more (CSS art. R861-5).
  reference: css("R861-5"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const taux = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.cmu.forfait_logement_sans_al;
      return forfaitLogementCss(famille, period, parameters(period), [taux.taux_1p, taux.taux_2p, taux.taux_3p_plus]);
    },
    "2019-11-01": ({ famille, period, parameters }) => {
      const taux = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.css.forfait_logement_sans_al;
      return forfaitLogementCss(famille, period, parameters(period), [taux.taux_1p, taux.taux_2p, taux.taux_3p_plus]);
    },
  },
});
