import { gt, maximum, select, sub } from "@zero/engine";
import { parentsAllocatairesDeLaFamille } from "../../src/css.ts";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const css_base_ressources_asi_individu = defineVariable({
  name: "css_base_ressources_asi_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "ASI du mois comptée dans les ressources de la complémentaire santé solidaire",
  // The ASI counts (CSS art. R861-8); since April 2021, after a monthly abattement: that of a
  // person alone, or half of a couple's when both parents receive it, none with the AAH
  // (instruction interministérielle n° DSS/SD2A/2021/71 du 30 mars 2021).
  reference: [
    ...css("R861-8"),
    "Instruction interministérielle n° DSS/SD2A/2021/71 du 30 mars 2021 (Bulletin officiel Santé - Protection sociale - Solidarité n° 2021/6)",
    "https://sante.gouv.fr/fichiers/bo/2021/2021.6.sante.pdf#page=75",
  ],
  formulas: {
    "0001-01-01": ({ individu, period }) => individu("asi", period),
    "2021-04-01": ({ individu, period, parameters }) => {
      const abattements = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.css.abattements.asi;
      const asi = individu("asi", period);
      if (toutNul(asi)) return 0; // nobody receives it: nothing to count
      const abattement = select([
        [gt(individu("aah", period), 0), 0],
        [gt(parentsAllocatairesDeLaFamille(individu, asi), 1), abattements.couple / 2],
        [gt(asi, 0), abattements.personne_seule],
      ]);
      return maximum(sub(asi, abattement), 0);
    },
  },
});
