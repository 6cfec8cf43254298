import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const logement_chambre = defineVariable({
  name: "logement_chambre",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Logement constitué d'une chambre",
  reference: cch("L841-1"),
});
