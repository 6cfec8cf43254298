import { add, div, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement } from "../../src/aides-logement.ts";

export const aides_logement_loyer_minimal_apl = defineVariable({
  name: "aides_logement_loyer_minimal_apl",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Équivalence de loyer minimale L0 (APL 1, foyer conventionné)",
  // E0 = (barème(R / N) + majoration) × N / 12 (CCH art. D832-26 ; arrêté du 27 septembre 2019,
  // art. 31), since the barème of November 2007.
  reference: cch("D832-26"),
  formulas: {
    "2007-11-01": ({ famille, period, parameters }) => {
      const e0 = allocationsLogement(parameters(period)).foyer.apl.formule.e0_equiv_loyers_minimale.apl1;
      const n = famille("aides_logement_nb_part", period);
      const parPart = e0.bareme.calc(div(famille("aide_logement_base_ressources", period), n));
      return div(add(mul(parPart, n), mul(n, e0.majoration)), 12);
    },
  },
});
