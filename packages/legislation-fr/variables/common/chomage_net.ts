import { defineVariable } from "@zero/engine";
import { codeTravail } from "../../src/legal-references.ts";

export const chomage_net = defineVariable({
  name: "chomage_net",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocations chômage nettes",
  reference: codeTravail("L5422-1"),
});
