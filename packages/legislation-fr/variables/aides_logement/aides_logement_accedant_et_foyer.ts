import { allOf, anyOf, gt, maximum, minimum, mul, not, sub, add, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur, statutDuDemandeur } from "../../src/aides-logement.ts";

export const aides_logement_accedant_et_foyer = defineVariable({
  name: "aides_logement_accedant_et_foyer",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au logement d'un accédant ou d'un résident de logement-foyer",
  // K × (L + C − L0): L the mensualité (or the redevance) within its plafond — in a foyer or a
  // CROUS residence not conventionné, the plafond itself —, C the forfait de charges for an
  // accédant and in such a foyer, L0 the equivalence de loyer minimale (CCH art. D832-25 and
  // D832-26). Since July 2007 (the barème's parameters).
  reference: cch("D832-25", "D832-26"),
  formulas: {
    "2007-07-01": ({ famille, period }) => {
      const accedant = statutDuDemandeur(famille, period, "primo_accedant");
      const crousOuFoyer = anyOf(
        statutDuDemandeur(famille, period, "locataire_foyer"),
        menageDuDemandeur(famille, "logement_crous", period),
      );
      const foyerNonConventionne = allOf(crousOuFoyer, not(menageDuDemandeur(famille, "logement_conventionne", period)));
      const plafond = famille("aides_logement_plafond_mensualite", period);
      const l = where(foyerNonConventionne, plafond, minimum(plafond, menageDuDemandeur(famille, "loyer", period)));
      const c = where(anyOf(accedant, foyerNonConventionne), famille("aide_logement_charges", period));
      const montant = mul(famille("aides_logement_k", period), maximum(0, sub(add(l, c), famille("aides_logement_loyer_minimal", period))));
      return where(gt(l, 0), montant);
    },
  },
});
