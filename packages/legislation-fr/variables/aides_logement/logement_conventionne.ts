import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { TypesStatutOccupationLogement } from "../common/statut_occupation_logement.ts";

export const logement_conventionne = defineVariable({
  name: "logement_conventionne",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Logement conventionné (ouvrant droit à l'APL)",
  // The dwellings under a convention with the State open the APL (CCH art. L831-1); HLM ones
  // are, unless the ménage says otherwise (a private conventionné dwelling is given).
  reference: cch("L831-1"),
  formulas: {
    "0001-01-01": ({ menage, period }) => TypesStatutOccupationLogement.is(menage("statut_occupation_logement", period), "locataire_hlm"),
  },
});
