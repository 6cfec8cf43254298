import { minimum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aide_logement_loyer_retenu = defineVariable({
  name: "aide_logement_loyer_retenu",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Loyer retenu pour les aides au logement (L)",
  // The real rent within the loyer plafond (CCH art. D823-16).
  reference: cch("D823-16"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      minimum(famille("aide_logement_loyer_reel", period), famille("aide_logement_loyer_plafond", period)),
  },
});
