import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_base_ressources_parentale = defineVariable({
  name: "bourse_criteres_sociaux_base_ressources_parentale",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources des parents comptées pour la bourse sur critères sociaux",
  // The revenu brut global of the parents' foyer fiscal (circulaire du 8 juin 2020, annexe 3, 1): given.
  reference: BCS_REFERENCE,
});
