import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const TypesLieuResidence = defineEnum("TypesLieuResidence", {
  non_renseigne: "Non renseigné",
  metropole: "Métropole",
  guadeloupe: "Guadeloupe",
  martinique: "Martinique",
  guyane: "Guyane",
  la_reunion: "La Réunion",
  saint_pierre_et_miquelon: "Saint-Pierre-et-Miquelon",
  mayotte: "Mayotte",
  saint_bartelemy: "Saint-Barthélemy",
  saint_martin: "Saint-Martin",
});

/** The territory of a commune code (INSEE) starting with 97 then 1 to 8; metropole otherwise. */
const PAR_CODE: Readonly<Record<string, number>> = {
  "971": TypesLieuResidence.index("guadeloupe"),
  "972": TypesLieuResidence.index("martinique"),
  "973": TypesLieuResidence.index("guyane"),
  "974": TypesLieuResidence.index("la_reunion"),
  "975": TypesLieuResidence.index("saint_pierre_et_miquelon"),
  "976": TypesLieuResidence.index("mayotte"),
  "977": TypesLieuResidence.index("saint_bartelemy"),
  "978": TypesLieuResidence.index("saint_martin"),
};

export const residence = defineVariable({
  name: "residence",
  entity: "menage",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesLieuResidence,
  default: "non_renseigne",
  setInputPolicy: "dispatchByPeriod",
  label: "Zone de résidence",
  // The territory of the household's commune (its code, depcom), Mayotte also when said so
  // (`residence_mayotte`); the overseas territories are those of the Code civil, art. 1er.
  reference: codeCivil("1er"),
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const depcom = menage.strings("depcom", period);
      const mayotte = menage("residence_mayotte", period);
      const out = new Int32Array(depcom.length);
      const metropole = TypesLieuResidence.index("metropole");
      // A string prefix per household: no vector helper reads strings.
      for (let i = 0; i < out.length; i++) {
        out[i] = mayotte[i] ? TypesLieuResidence.index("mayotte") : (PAR_CODE[depcom[i]!.slice(0, 3)] ?? metropole);
      }
      return out;
    },
  },
});
