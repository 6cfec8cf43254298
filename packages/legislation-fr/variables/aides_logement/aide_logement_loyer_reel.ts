import { allOf, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { arrondi, menageDuDemandeur, statutDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_loyer_reel = defineVariable({
  name: "aide_logement_loyer_reel",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Loyer réel retenu pour les aides au logement (hors charges)",
  // The rent of the main residence (CCH art. L823-1 and R823-9), to the euro; a furnished rental
  // counts for two thirds of it — for the APL, only a furnished room.
  reference: cch("L823-1", "R823-9"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const loyer = menageDuDemandeur(famille, "loyer", period);
      const meuble = statutDuDemandeur(famille, period, "locataire_meuble");
      const conventionne = menageDuDemandeur(famille, "logement_conventionne", period);
      const chambre = menageDuDemandeur(famille, "logement_chambre", period);
      const deuxTiers = where(conventionne, allOf(meuble, chambre), meuble);
      return arrondi(mul(loyer, where(deuxTiers, 2 / 3, 1)));
    },
  },
});
