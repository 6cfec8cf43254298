import { defineVariable, knownConstant } from "@zero/engine";
import { sumOverRsaFoyer } from "../../src/formula-helpers.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_base_ressources = defineVariable({
  name: "rsa_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources du foyer retenues pour le RSA",
  // Resources of the allocataire, the conjoint and the children à charge, plus family
  // benefits and notional capital income (CASF art. L262-3, R262-6 and R262-7).
  reference: casf("L262-3", "R262-6", "R262-7"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const out = sumOverRsaFoyer(famille, famille.members("rsa_base_ressources_individu", period), period);
      for (const name of [
        "rsa_base_ressources_prestations_familiales",
        "rsa_base_ressources_minima_sociaux",
        "rsa_base_ressources_patrimoine",
      ]) {
        const v = famille(name, period);
        if (knownConstant(v) === 0) continue; // adding 0 changes nothing
        for (let i = 0; i < out.length; i++) out[i]! += v[i]!;
      }
      return out;
    },
  },
});
