import { defineVariable } from "../../src/define-variable.ts";

export const choix_exoneration_cotisations_employeur_agricole = defineVariable({
  name: "choix_exoneration_cotisations_employeur_agricole",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "L'employeur agricole opte pour l'exonération des travailleurs occasionnels",
  reference: ["Code rural et de la pêche maritime, article L741-16", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071367"],
});
