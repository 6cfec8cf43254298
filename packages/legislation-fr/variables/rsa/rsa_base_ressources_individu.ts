import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";
import { previousMonths } from "../../src/formula-helpers.ts";
import { RSA_AUTRES_RESSOURCES } from "../../src/ressources.ts";

export const rsa_base_ressources_individu = defineVariable({
  name: "rsa_base_ressources_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources d'une personne retenues pour le RSA (moyenne du trimestre de référence)",
  reference: casf("L262-3", "R262-6", "R262-7"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const out = Float64Array.from(individu("rsa_revenu_activite_individu", period));
      for (const month of previousMonths(period, 3)) {
        for (const name of RSA_AUTRES_RESSOURCES) {
          const v = individu(name, month);
          for (let i = 0; i < out.length; i++) out[i]! += v[i]! / 3;
        }
      }
      return out;
    },
  },
});
