import { maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondi } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_assimile_pension_apres_abattements = defineVariable({
  name: "revenu_assimile_pension_apres_abattements",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Pensions imposables après l'abattement de 10 % (avant son plafonnement par foyer)",
  // 10 % allowance with a floor per pensioner; its ceiling applies to the whole foyer (indu_plaf_abat_pen).
  reference: cgi("158"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const abatpen = parameters(period).impot_revenu.calcul_revenus_imposables.deductions.abatpen;
      const pensions = individu("revenu_assimile_pension", period);
      return maximum(0, sub(pensions, arrondi(maximum(mul(abatpen.taux, pensions), abatpen.min))));
    },
  },
});
