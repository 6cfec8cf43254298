import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const valeur_locative_cadastrale_brute = defineVariable({
  name: "valeur_locative_cadastrale_brute",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "year",
  label: "Valeur locative cadastrale brute du logement",
  reference: cgi("1494"),
});
