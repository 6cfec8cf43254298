import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { communeCommencePar } from "../../src/aides-logement.ts";

export const residence_saint_pierre_et_miquelon = defineVariable({
  name: "residence_saint_pierre_et_miquelon",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Résidence à Saint-Pierre-et-Miquelon",
  // Saint-Pierre-et-Miquelon: INSEE codes 975… (the aides au logement have an overseas barème, CCH art. L823-1 and the
  // arrêté du 27 septembre 2019).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ menage, period }) => communeCommencePar(menage, period, "975"),
  },
});
