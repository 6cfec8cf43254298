import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const TypesSecteurActiviteEmployeur = defineEnum("TypesSecteurActiviteEmployeur", {
  non_renseigne: "Non renseigné",
  agricole: "Agricole",
  non_agricole: "Non agricole",
});

export const secteur_activite_employeur = defineVariable({
  name: "secteur_activite_employeur",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesSecteurActiviteEmployeur,
  setInputPolicy: "dispatchByPeriod",
  // Not said (as OpenFisca): a rule for agricultural employers applies only to `agricole`, one
  // reserved to the other employers (e.g. the PEEC's aids) only to `non_agricole`, each said so.
  default: "non_renseigne",
  label: "Secteur d'activité de l'employeur",
  reference: css("L200-1"),
});
