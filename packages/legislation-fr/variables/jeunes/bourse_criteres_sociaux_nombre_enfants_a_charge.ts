import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_nombre_enfants_a_charge = defineVariable({
  name: "bourse_criteres_sociaux_nombre_enfants_a_charge",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre d'enfants à la charge de la famille (bourse sur critères sociaux)",
  reference: BCS_REFERENCE,
});
