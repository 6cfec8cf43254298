import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_distance_domicile_familial = defineVariable({
  name: "bourse_criteres_sociaux_distance_domicile_familial",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Distance en kilomètres entre le lieu d'études et le domicile familial",
  reference: BCS_REFERENCE,
});
