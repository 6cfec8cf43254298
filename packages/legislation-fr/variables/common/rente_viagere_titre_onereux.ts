import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rente_viagere_titre_onereux = defineVariable({
  name: "rente_viagere_titre_onereux",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Rentes viagères à titre onéreux",
  reference: cgi("158"),
});
