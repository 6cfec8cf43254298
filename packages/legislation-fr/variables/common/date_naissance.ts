import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const date_naissance = defineVariable({
  name: "date_naissance",
  entity: "individu",
  valueType: "date",
  definitionPeriod: "eternity",
  label: "Date de naissance",
  reference: codeCivil("55", "57"),
});
