import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesIntensiteActivite = defineEnum("TypesIntensiteActivite", {
  inconnue: "Intensité d'emploi ou de formation inconnue",
  hebdomadaire: "Intensité d'emploi ou de formation hebdomadaire",
  mensuelle: "Intensité d'emploi ou de formation mensuelle",
});

export const type_intensite_activite = defineVariable({
  name: "type_intensite_activite",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesIntensiteActivite,
  default: "inconnue",
  label: "Intensité (hebdomadaire ou mensuelle) de l'emploi ou de la formation repris, au sens de France Travail",
  reference: codeTravail("L5312-1"),
});
