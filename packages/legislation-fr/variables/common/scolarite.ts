import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const TypesScolarite = defineEnum("TypesScolarite", {
  inconnue: "Inconnue",
  maternelle: "Maternelle",
  primaire: "Primaire",
  college: "Collège",
  lycee: "Lycée",
  enseignement_superieur: "Établissement de l'enseignement supérieur",
  grande_ecole_du_numerique: "Formation labellisée par la Grande École du Numérique",
});

export const scolarite = defineVariable({
  name: "scolarite",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesScolarite,
  setInputPolicy: "dispatchByPeriod",
  default: "inconnue",
  label: "Niveau de scolarité de l'enfant",
  reference: codeEducation("L131-1"),
});
