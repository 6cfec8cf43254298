import { allOf, gt, maximum, select, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const css_base_ressources_aspa_asv = defineVariable({
  name: "css_base_ressources_aspa_asv",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "ASPA du mois comptée dans les ressources de la complémentaire santé solidaire",
  // The ASPA counts (CSS art. R861-8); since April 2021, after a monthly abattement, that of a
  // couple or of a person alone (instruction interministérielle n° DSS/SD2A/2021/71 du 30 mars 2021).
  reference: [
    ...css("R861-8"),
    "Instruction interministérielle n° DSS/SD2A/2021/71 du 30 mars 2021 (Bulletin officiel Santé - Protection sociale - Solidarité n° 2021/6)",
    "https://sante.gouv.fr/fichiers/bo/2021/2021.6.sante.pdf#page=75",
  ],
  formulas: {
    "0001-01-01": ({ famille, period }) => famille("aspa", period),
    "2021-04-01": ({ famille, period, parameters }) => {
      const abattements = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.css.abattements.aspa_asv;
      const aspa = famille("aspa", period);
      if (toutNul(aspa)) return 0; // nobody receives it: nothing to count
      const percue = gt(aspa, 0);
      return select(
        [
          [allOf(percue, famille("en_couple", period)), maximum(sub(aspa, abattements.couple), 0)],
          [percue, maximum(sub(aspa, abattements.personne_seule), 0)],
        ],
        aspa,
      );
    },
  },
});
