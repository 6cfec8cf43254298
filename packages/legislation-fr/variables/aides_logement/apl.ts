import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur } from "../../src/aides-logement.ts";

export const apl = defineVariable({
  name: "apl",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "Aide personnalisée au logement",
  // The aide au logement when the dwelling is conventionné (CCH art. L821-1, 1°, and L831-1).
  reference: cch("L821-1", "L831-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      where(menageDuDemandeur(famille, "logement_conventionne", period), famille("aide_logement_montant", period)),
  },
});
