import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const TypesTachesSalarieType = defineEnum("TypesTachesSalarieType", {
  aucune: "Aucune",
  production_animale_vegetale: "Production animale ou végétale",
  autre: "Autre",
});

export const taches_salarie_type = defineVariable({
  name: "taches_salarie_type",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesTachesSalarieType,
  setInputPolicy: "dispatchByPeriod",
  default: "aucune",
  label: "Nature des tâches du salarié agricole",
  reference: ["Code rural et de la pêche maritime, article L741-16", "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071367"],
});
