import { div } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { ressourcesAnnuellesAah } from "./aah_base_ressources_conjugalisee.ts";

export const aah_base_ressources_deconjugalisee = defineVariable({
  name: "aah_base_ressources_deconjugalisee",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources mensuelles retenues pour l'AAH d'une personne, sans celles du conjoint",
  // From October 2023, only the person's own resources count (CSS art. L821-3 as amended by
  // loi n° 2022-1158 du 16 août 2022, art. 10; R821-4, D821-9).
  reference: css("L821-3", "R821-4", "D821-9"),
  formulas: {
    "2023-10-01": ({ individu, period, parameters }) => div(ressourcesAnnuellesAah(individu, period, parameters).propre, 12),
  },
});
