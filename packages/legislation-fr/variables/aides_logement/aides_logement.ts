import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aides_logement = defineVariable({
  name: "aides_logement",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "year",
  label: "Aides au logement nettes de l'année",
  // The year's sum of the monthly aide au logement (CCH art. L821-1).
  reference: cch("L821-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => famille("aide_logement", period, "add"),
  },
});
