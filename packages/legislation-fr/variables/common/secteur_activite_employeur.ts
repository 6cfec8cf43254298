import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const TypesSecteurActiviteEmployeur = defineEnum("TypesSecteurActiviteEmployeur", {
  non_agricole: "Non agricole",
  agricole: "Agricole",
});

export const secteur_activite_employeur = defineVariable({
  name: "secteur_activite_employeur",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesSecteurActiviteEmployeur,
  setInputPolicy: "dispatchByPeriod",
  default: "non_agricole",
  label: "Secteur d'activité de l'employeur",
  reference: css("L200-1"),
});
