import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const TypesExpositionAccident = defineEnum("TypesExpositionAccident", {
  faible: "Faible",
  moyen: "Moyen",
  eleve: "Élevé",
  tres_eleve: "Très élevé",
});

export const exposition_accident = defineVariable({
  name: "exposition_accident",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesExpositionAccident,
  setInputPolicy: "dispatchByPeriod",
  default: "faible",
  label: "Exposition au risque d'accident du travail",
  reference: css("L242-5"),
});
