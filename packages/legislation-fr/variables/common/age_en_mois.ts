import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const age_en_mois = defineVariable({
  name: "age_en_mois",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  default: -9999,
  label: "Âge en mois révolus",
  reference: codeCivil("388"),
});
