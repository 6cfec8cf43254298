import { defineVariable } from "../../src/define-variable.ts";

/** The départements of the région Île-de-France (Paris, Seine-et-Marne, Yvelines, Essonne, Hauts-de-Seine, Seine-Saint-Denis, Val-de-Marne, Val-d'Oise). */
const DEPARTEMENTS_IDF = new Set(["75", "77", "78", "91", "92", "93", "94", "95"]);

export const residence_ile_de_france = defineVariable({
  name: "residence_ile_de_france",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Le logement est situé en Île-de-France",
  // The commune's code (depcom) starts with one of the eight départements of the région
  // (Code général des collectivités territoriales, art. L4111-1 and its annex; loi n° 64-707 du 10 juillet 1964).
  reference: [
    "Code général des collectivités territoriales, article L4111-1",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633",
  ],
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const depcom = menage.strings("depcom", period);
      const out = new Uint8Array(depcom.length);
      // A string prefix per household: no vector helper reads strings.
      for (let i = 0; i < out.length; i++) out[i] = DEPARTEMENTS_IDF.has(depcom[i]!.slice(0, 2)) ? 1 : 0;
      return out;
    },
  },
});
