import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";

/** Member states of the European Economic Area and Switzerland (ISO 3166-1 alpha-2). */
const EEE = new Set(
  "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK CH".split(" "),
);

export const rsa_condition_nationalite = defineVariable({
  name: "rsa_condition_nationalite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Remplit la condition de nationalité ou de séjour du RSA",
  // French and EEA nationals; others must have held a work permit for five years
  // (CASF art. L262-4, 2°, and L262-6).
  reference: casf("L262-4", "L262-6"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const cond = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond;
      const dureeMin: number = cond.duree_min_titre_sejour?.non_eee ?? 5;
      const nationalite = individu.strings("nationalite", period);
      const duree = individu("duree_possession_titre_sejour", period);
      const out = new Uint8Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const code = (nationalite[i] ?? "FR").toUpperCase();
        out[i] = code === "" || EEE.has(code) || duree[i]! >= dureeMin ? 1 : 0;
      }
      return out;
    },
  },
});
