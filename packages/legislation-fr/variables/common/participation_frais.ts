import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const participation_frais = defineVariable({
  name: "participation_frais",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Le résident d'un foyer participe aux frais",
  reference: cch("L831-1"),
});
