import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aide_logement = defineVariable({
  name: "aide_logement",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide personnelle au logement (APL, ALF ou ALS)",
  // Computed for tenants (aide_logement_montant); a value given as input wins. Not
  // modelled: foyers, accession, the réduction de loyer de solidarité of HLM tenants.
  reference: cch("L821-1", "L823-1"),
  formulas: {
    "2002-01-01": ({ famille, period }) => famille("aide_logement_montant", period),
  },
});
