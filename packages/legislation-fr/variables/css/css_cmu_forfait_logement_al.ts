import { gt, minimum, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { forfaitLogementCss } from "../../src/css.ts";
import { css } from "../../src/legal-references.ts";

export const css_cmu_forfait_logement_al = defineVariable({
  name: "css_cmu_forfait_logement_al",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au logement comptée dans les ressources de la complémentaire santé solidaire (forfait)",
  // The aide au logement counts, within twelve months of 12 %, 16 % or 16.5 % of the RSA's
  // montant forfaitaire for a foyer of 1, 2 or 3 persons or more (CSS art. R861-7).
  reference: css("R861-7"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const taux = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.cmu.forfait_logement_avec_al;
      const forfait = forfaitLogementCss(famille, period, parameters(period), [taux.taux_1p, taux.taux_2p, taux.taux_3p_plus]);
      const aide = famille("aide_logement", period);
      return where(gt(aide, 0), minimum(mul(12, aide), forfait));
    },
    "2019-11-01": ({ famille, period, parameters }) => {
      const taux = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.css.forfait_logement_avec_al;
      const forfait = forfaitLogementCss(famille, period, parameters(period), [taux.taux_1p, taux.taux_2p, taux.taux_3p_plus]);
      const aide = famille("aide_logement", period);
      return where(gt(aide, 0), minimum(mul(12, aide), forfait));
    },
  },
});
