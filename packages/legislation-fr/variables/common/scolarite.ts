import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const TypesScolarite = defineEnum("TypesScolarite", {
  inconnue: "Inconnue",
  college: "Collège",
  lycee: "Lycée",
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
