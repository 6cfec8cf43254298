import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesLieuEmploiFormation = defineEnum("TypesLieuEmploiFormation", {
  non_renseigne: "Non renseigné",
  metropole_hors_corse: "Métropole hors Corse",
  corse: "Corse",
  guadeloupe: "Guadeloupe",
  martinique: "Martinique",
  guyane: "Guyane",
  la_reunion: "La réunion",
  saint_pierre_et_miquelon: "Saint Pierre et Miquelon",
  mayotte: "Mayotte",
  saint_bartelemy: "Saint Bartelemy",
  saint_martin: "Saint Martin",
});

export const lieu_emploi_ou_formation = defineVariable({
  name: "lieu_emploi_ou_formation",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesLieuEmploiFormation,
  default: "non_renseigne",
  setInputPolicy: "dispatchByPeriod",
  label: "Zone de l'emploi ou de la formation",
  reference: codeTravail("L5312-1"),
});
