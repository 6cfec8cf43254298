import { le, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const pass_culture = defineVariable({
  name: "pass_culture",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Crédit du pass Culture",
  // The credit for the age the young person reaches next month, up to 18 (décret n° 2019-66 du
  // 1er février 2019, art. 1, and décret n° 2021-628 du 20 mai 2021).
  reference: ["Décret n° 2021-628 du 20 mai 2021 relatif au pass Culture", "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043518870"],
  formulas: {
    "2019-02-01": ({ individu, period, parameters }) => {
      const pass = parameters(period).prestations_sociales.education.pass_culture;
      const age = individu("age", period.offset(1));
      return where(le(age, pass.age_maximum), pass.montants.calc(age));
    },
  },
});
