import { anyOf, ge } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const majeur = defineVariable({
  name: "majeur",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "La personne est majeure (ou mineure émancipée)",
  // Of age at 18, or emancipated (Code civil, art. 413-6 and 414).
  reference: codeCivil("413-6", "414"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) =>
      anyOf(ge(individu("age", period), parameters(period).geopolitique.age_majorite), individu("mineur_emancipe", period)),
  },
});
