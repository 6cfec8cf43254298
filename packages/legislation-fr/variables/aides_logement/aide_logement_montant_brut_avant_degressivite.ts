import { ge, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, menageDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_montant_brut_avant_degressivite = defineVariable({
  name: "aide_logement_montant_brut_avant_degressivite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au logement avant dégressivité, nulle sous le seuil de versement",
  // The aide of the barème, not paid under the payment threshold of the APL or of the AL (CCH
  // art. D823-16 ; arrêté du 27 septembre 2019, art. 10). An aide under the threshold here is
  // under it after the minoration too (aide_logement_montant_brut).
  reference: cch("D823-16"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const seuils = allocationsLogement(parameters(period)).locatif.seuils_minimum_versement;
      const montant = famille("aide_logement_montant_selectionne_avant_seuil", period);
      const conventionne = menageDuDemandeur(famille, "logement_conventionne", period);
      const seuil = where(conventionne, seuils.apl ?? 0, seuils.non_apl ?? 0);
      return where(ge(montant, seuil), montant);
    },
  },
});
