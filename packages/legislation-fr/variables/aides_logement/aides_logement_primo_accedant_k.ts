import { anyOf, div, lt, minimum, mul, sub, toDays, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur } from "../../src/aides-logement.ts";

export const aides_logement_primo_accedant_k = defineVariable({
  name: "aides_logement_primo_accedant_k",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Coefficient de prise en charge K d'un accédant à la propriété",
  // The foyer's K: plafond − R / (CM × N), within the plafond, with the APL's plafond and CM3
  // for a prêt conventionné, the allocation de logement's otherwise (CCH art. D832-25 ;
  // arrêté du 27 septembre 2019).
  reference: cch("D832-25"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const k = allocationsLogement(parameters(period)).foyer.k_coef_prise_en_charge;
      const conventionne = anyOf(
        menageDuDemandeur(famille, "aide_logement_est_pret_conventionne", period),
        lt(menageDuDemandeur(famille, "aide_logement_date_pret_conventionne", period), toDays("9999-12-31")),
      );
      const plafond = where(conventionne, k.plafonds.plafond_apl1, k.plafonds.plafond_apl2_et_al);
      const cm = where(conventionne, k.cm_et_r.cm3_apl3, k.cm_et_r.cm2_apl2_et_al);
      const n = famille("aides_logement_nb_part", period);
      return minimum(plafond, sub(plafond, div(famille("aide_logement_base_ressources", period), mul(cm, n))));
    },
  },
});
