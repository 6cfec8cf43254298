import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";
import { previousMonths } from "../../src/formula-helpers.ts";
import { RSA_REVENUS_ACTIVITE } from "../../src/ressources.ts";

export const rsa_revenu_activite_individu = defineVariable({
  name: "rsa_revenu_activite_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus d'activité d'une personne retenus pour le RSA (moyenne du trimestre de référence)",
  // Monthly average over the three months before the month of right (CASF art. R262-7).
  reference: casf("R262-6", "R262-7", "R262-8"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const out = new Float64Array(individu.count);
      for (const month of previousMonths(period, 3)) {
        for (const name of RSA_REVENUS_ACTIVITE) {
          const v = individu(name, month);
          for (let i = 0; i < out.length; i++) out[i]! += v[i]! / 3;
        }
      }
      return out;
    },
  },
});
