import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rente_viagere_titre_onereux = defineVariable({
  name: "rente_viagere_titre_onereux",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "Rentes viagères à titre onéreux du foyer fiscal",
  reference: cgi("158"),
});
