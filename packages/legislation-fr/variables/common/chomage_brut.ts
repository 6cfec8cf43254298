import { defineVariable } from "@zero/engine";
import { codeTravail } from "../../src/legal-references.ts";

export const chomage_brut = defineVariable({
  name: "chomage_brut",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocations chômage brutes",
  reference: codeTravail("L5422-1"),
});
