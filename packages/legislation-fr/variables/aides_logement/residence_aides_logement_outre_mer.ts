import { anyOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const residence_aides_logement_outre_mer = defineVariable({
  name: "residence_aides_logement_outre_mer",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Le logement relève du barème outre-mer des aides au logement",
  // The overseas départements, Saint-Barthélemy and Saint-Martin (arrêté du 27 septembre 2019,
  // titre IV ; CCH art. L823-1).
  reference: [
    ...cch("L823-1"),
    "Arrêté du 27 septembre 2019 relatif au calcul des aides personnelles au logement",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000039160329",
  ],
  formulas: {
    "0001-01-01": ({ menage, period }) =>
      anyOf(menage("residence_dom", period), menage("residence_saint_bartelemy", period), menage("residence_saint_martin", period)),
  },
});
