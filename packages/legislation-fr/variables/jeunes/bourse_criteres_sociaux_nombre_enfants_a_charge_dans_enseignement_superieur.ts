import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_nombre_enfants_a_charge_dans_enseignement_superieur = defineVariable({
  name: "bourse_criteres_sociaux_nombre_enfants_a_charge_dans_enseignement_superieur",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre d'enfants à la charge de la famille inscrits dans l'enseignement supérieur (bourse sur critères sociaux)",
  reference: BCS_REFERENCE,
});
