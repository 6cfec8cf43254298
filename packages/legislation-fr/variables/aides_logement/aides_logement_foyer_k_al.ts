import { div, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement } from "../../src/aides-logement.ts";

export const aides_logement_foyer_k_al = defineVariable({
  name: "aides_logement_foyer_k_al",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Coefficient de prise en charge K de l'allocation de logement en foyer",
  // K = plafond − R / (CM2 × N) (CCH art. D832-25 ; arrêté du 27 septembre 2019).
  reference: cch("D832-25"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const k = allocationsLogement(parameters(period)).foyer.k_coef_prise_en_charge;
      const n = famille("aides_logement_nb_part", period);
      return sub(k.plafonds.plafond_apl2_et_al, div(famille("aide_logement_base_ressources", period), mul(n, k.cm_et_r.cm2_apl2_et_al)));
    },
  },
});
