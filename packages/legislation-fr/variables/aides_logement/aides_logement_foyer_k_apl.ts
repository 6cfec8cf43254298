import { div, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement } from "../../src/aides-logement.ts";

export const aides_logement_foyer_k_apl = defineVariable({
  name: "aides_logement_foyer_k_apl",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Coefficient de prise en charge K de l'APL en foyer conventionné",
  // K = plafond − (R − r × N) / (CM1 × N) (CCH art. D832-25 ; arrêté du 27 septembre 2019).
  reference: cch("D832-25"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const k = allocationsLogement(parameters(period)).foyer.k_coef_prise_en_charge;
      const n = famille("aides_logement_nb_part", period);
      const r = famille("aide_logement_base_ressources", period);
      return sub(k.plafonds.plafond_apl1, div(sub(r, mul(n, k.cm_et_r.r_apl1)), mul(n, k.cm_et_r.cm1_apl1)));
    },
  },
});
