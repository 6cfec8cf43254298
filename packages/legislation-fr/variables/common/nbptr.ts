import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nbptr = defineVariable({
  name: "nbptr",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Nombre de parts de quotient familial",
  // One part per declarant, half a part for each of the first two dependants and one
  // part from the third on. Simplified: no half parts for disability, veterans, single
  // parents or alternating custody.
  reference: cgi("194", "195"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal }) => {
      const declarants = foyer_fiscal.nbPersons("declarant");
      const aCharge = foyer_fiscal.nbPersons("personne_a_charge");
      const out = new Float64Array(foyer_fiscal.count);
      for (let i = 0; i < out.length; i++) {
        const p = aCharge[i]!;
        out[i] = Math.max(1, declarants[i]!) + (p <= 2 ? p / 2 : 1 + (p - 2));
      }
      return out;
    },
  },
});
