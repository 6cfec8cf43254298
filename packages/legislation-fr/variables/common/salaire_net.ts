import { defineVariable } from "@zero/engine";
import { codeTravail } from "../../src/legal-references.ts";

export const salaire_net = defineVariable({
  name: "salaire_net",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Salaire net perçu",
  reference: codeTravail("L3221-3", "L3243-2"),
});
