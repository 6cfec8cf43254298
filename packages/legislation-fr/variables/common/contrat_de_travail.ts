import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesContratDeTravail = defineEnum("TypesContratDeTravail", {
  temps_plein: "Temps plein",
  temps_partiel: "Temps partiel",
  forfait_heures_semaines: "Forfait en heures sur la semaine",
  forfait_heures_mois: "Forfait en heures sur le mois",
  forfait_heures_annee: "Forfait en heures sur l'année",
  forfait_jours_annee: "Forfait en jours sur l'année",
  sans_objet: "Sans objet",
});

export const contrat_de_travail = defineVariable({
  name: "contrat_de_travail",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesContratDeTravail,
  setInputPolicy: "dispatchByPeriod",
  default: "temps_plein",
  label: "Type de temps de travail",
  reference: codeTravail("L3123-1"),
});
