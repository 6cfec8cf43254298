import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";
import { EEE } from "../../src/nationalites.ts";

export const ressortissant_eee = defineVariable({
  name: "ressortissant_eee",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Ressortissant d'un État de l'Espace économique européen",
  reference: casf("L262-6"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const nationalite = individu.strings("nationalite", period);
      const out = new Uint8Array(individu.count);
      // The answer for the last nationality seen: a batch mostly repeats the same one.
      let last: string | undefined;
      let eee = 0;
      for (let i = 0; i < out.length; i++) {
        const nat = nationalite[i]!;
        if (i === 0 || nat !== last) {
          last = nat;
          eee = EEE.has(nat.toUpperCase()) ? 1 : 0;
        }
        out[i] = eee;
      }
      return out;
    },
  },
});
