import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const partiel2 = defineVariable({
  name: "partiel2",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Un parent travaille à temps partiel, entre 50 % et 80 % (CLCA, PreParE)",
  // Rate of the complément de libre choix d'activité and of the prestation partagée
  // d'éducation de l'enfant (CSS art. L531-4 and D531-4); an input, read by the CLCA and the CMG.
  reference: css("L531-4", "D531-4"),
});
