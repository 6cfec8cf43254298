import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const duree_possession_titre_sejour = defineVariable({
  name: "duree_possession_titre_sejour",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Années (éventuellement fractionnaires) de détention d'un titre de séjour autorisant à travailler",
  reference: casf("L262-4"),
});
