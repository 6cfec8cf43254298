import { add, div, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement } from "../../src/aides-logement.ts";

export const aides_logement_loyer_minimal_al = defineVariable({
  name: "aides_logement_loyer_minimal_al",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Équivalence de loyer minimale L0 (allocation de logement, APL 2)",
  // E0 = (barème(R / N) × N + majoration) / 12 (CCH art. D832-26 ; arrêté du 27 septembre 2019,
  // art. 31).
  reference: cch("D832-26"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const e0 = allocationsLogement(parameters(period)).foyer.apl.formule.e0_equiv_loyers_minimale.apl2;
      const n = famille("aides_logement_nb_part", period);
      const parPart = e0.bareme.calc(div(famille("aide_logement_base_ressources", period), n));
      return div(add(mul(parPart, n), e0.majoration), 12);
    },
  },
});
