import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_micro_entreprise_CA_bnc_imp = defineVariable({
  name: "rpns_micro_entreprise_CA_bnc_imp",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Recettes imposables en micro-BNC",
  reference: cgi("102 ter"),
});
