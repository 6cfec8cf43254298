import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const paje_base = defineVariable({
  name: "paje_base",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de base de la PAJE perçue",
  reference: css("L531-3"),
});
