import { allOf, div, lt, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur, statutDuDemandeur } from "../../src/aides-logement.ts";

export const reduction_loyer_solidarite = defineVariable({
  name: "reduction_loyer_solidarite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Réduction de loyer de solidarité (RLS)",
  // Granted by the landlord of a conventionné dwelling (not a logement-foyer) when the monthly
  // resources (the aides au logement base divided by 12) are under the plafond (CCH art.
  // L442-2-1). Since 2018.
  reference: cch("L442-2-1"),
  formulas: {
    "2018-01-01": ({ famille, period }) => {
      const ressources = div(famille("aide_logement_base_ressources", period), 12);
      const eligible = allOf(
        lt(ressources, famille("reduction_loyer_solidarite_plafond_ressources", period)),
        menageDuDemandeur(famille, "logement_conventionne", period),
        not(statutDuDemandeur(famille, period, "locataire_foyer")),
      );
      return where(eligible, famille("reduction_loyer_solidarite_montant", period));
    },
  },
});
