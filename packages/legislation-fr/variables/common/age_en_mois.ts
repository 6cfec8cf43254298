import { ageInMonths, eq, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const age_en_mois = defineVariable({
  name: "age_en_mois",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  default: -9999,
  label: "Âge en mois révolus au premier jour du mois",
  reference: codeCivil("388"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const naissance = individu("date_naissance", period);
      // Without a birth date, twelve months for each year of the age (given or carried over).
      return where(eq(naissance, 0), mul(individu("age", period), 12), ageInMonths(naissance, period.start));
    },
  },
});
