import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_micro_entreprise_benefice = defineVariable({
  name: "rpns_micro_entreprise_benefice",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Bénéfice en micro-entreprise",
  reference: cgi("50-0"),
});
