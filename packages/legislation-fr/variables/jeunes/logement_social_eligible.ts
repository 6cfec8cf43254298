import { allOf, anyOf, le, lt, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { foyerFiscalDuDemandeur } from "../../src/jeunes-helpers.ts";

export const logement_social_eligible = defineVariable({
  name: "logement_social_eligible",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité au logement social",
  // A parent of age whose revenu fiscal de référence of N-2 is within the ceiling, or that of N-1 or
  // of this year when it is at least 10 % lower and below the ceiling (CCH art. R441-1; arrêté du
  // 29 juillet 1987, art. 2).
  reference: [
    ...cch("L441-1", "R441-1"),
    "Arrêté du 29 juillet 1987 relatif aux plafonds de ressources des bénéficiaires de la législation sur les habitations à loyer modéré",
    "https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000000294318",
  ],
  formulas: {
    "2017-01-01": ({ famille, period }) => {
      const plafond = famille("logement_social_plafond_ressources", period);
      const rfrN0 = foyerFiscalDuDemandeur(famille, "rfr", period.thisYear);
      const rfrN1 = foyerFiscalDuDemandeur(famille, "rfr", period.lastYear);
      const rfrN2 = foyerFiscalDuDemandeur(famille, "rfr", period.thisYear.offset(-2, "year"));
      const baisse = (rfr: typeof rfrN0) => allOf(lt(rfr, mul(0.9, rfrN2)), lt(rfr, plafond));
      return allOf(famille.any(famille.members("majeur", period), "parent"), anyOf(le(rfrN2, plafond), baisse(rfrN1), baisse(rfrN0)));
    },
  },
});
