import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { communeCommencePar } from "../../src/aides-logement.ts";

export const residence_saint_bartelemy = defineVariable({
  name: "residence_saint_bartelemy",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Résidence à Saint-Barthélemy",
  // Saint-Barthélemy: INSEE codes 977… (the aides au logement have an overseas barème, CCH art. L823-1 and the
  // arrêté du 27 septembre 2019).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ menage, period }) => communeCommencePar(menage, period, "977"),
  },
});
