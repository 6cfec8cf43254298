import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_micro_entreprise_chiffre_affaires = defineVariable({
  name: "rpns_micro_entreprise_chiffre_affaires",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Chiffre d'affaires en micro-entreprise",
  reference: cgi("50-0"),
});
