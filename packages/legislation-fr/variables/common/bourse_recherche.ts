import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const bourse_recherche = defineVariable({
  name: "bourse_recherche",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Bourse de recherche",
  reference: cgi("81"),
});
