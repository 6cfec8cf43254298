import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_loyer_reel = defineVariable({
  name: "aide_logement_loyer_reel",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Loyer réel du logement de la famille (hors charges)",
  // The rent actually paid for the main residence (CCH art. L823-1 and R823-9).
  reference: cch("L823-1", "R823-9"),
  formulas: {
    "0001-01-01": ({ famille, period }) => menageDuDemandeur(famille, "loyer", period),
  },
});
