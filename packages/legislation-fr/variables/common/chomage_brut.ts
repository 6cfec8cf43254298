import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const chomage_brut = defineVariable({
  name: "chomage_brut",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocations chômage brutes",
  // The allocation d'aide au retour à l'emploi and the allocation de sécurisation
  // professionnelle, when the gross total is not given.
  reference: codeTravail("L5422-1", "L1233-68"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const are = individu("allocation_retour_emploi", period);
      const asp = individu("allocation_securisation_professionnelle", period);
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) out[i] = are[i]! + asp[i]!;
      return out;
    },
  },
});
