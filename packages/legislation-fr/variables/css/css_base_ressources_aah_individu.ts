import { maximum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const css_base_ressources_aah_individu = defineVariable({
  name: "css_base_ressources_aah_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "AAH du mois comptée dans les ressources de la complémentaire santé solidaire",
  // The AAH counts (CSS art. R861-8); since April 2021, after a monthly abattement
  // (instruction interministérielle n° DSS/SD2A/2021/71 du 30 mars 2021).
  reference: [
    ...css("R861-8"),
    "Instruction interministérielle n° DSS/SD2A/2021/71 du 30 mars 2021 (Bulletin officiel Santé - Protection sociale - Solidarité n° 2021/6)",
    "https://sante.gouv.fr/fichiers/bo/2021/2021.6.sante.pdf#page=75",
  ],
  formulas: {
    "0001-01-01": ({ individu, period }) => individu("aah", period),
    "2021-04-01": ({ individu, period, parameters }) => {
      const abattement: number = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.css.abattements.aah;
      return maximum(sub(individu("aah", period), abattement), 0);
    },
  },
});
