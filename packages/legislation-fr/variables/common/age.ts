import { ageInYears, defineVariable } from "@zero/engine";
import { codeCivil } from "../../src/legal-references.ts";

export const age = defineVariable({
  name: "age",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Âge en années révolues au premier jour du mois",
  reference: codeCivil("388"),
  formulas: {
    "0001-01-01": ({ individu, period }) => ageInYears(individu("date_naissance", period), period.start),
  },
});
