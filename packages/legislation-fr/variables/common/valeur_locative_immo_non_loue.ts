import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const valeur_locative_immo_non_loue = defineVariable({
  name: "valeur_locative_immo_non_loue",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Valeur locative des immeubles bâtis non loués et non occupés",
  reference: casf("R262-6"),
});
