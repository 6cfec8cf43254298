import { knownConstant } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

/** Capital income and capital gains declared by the foyer fiscal (annual boxes of the tax return). */
const CASES_REVENUS_CAPITAUX = ["f2dh", "f2dc", "f2ee", "f2tr", "f2ts", "f2zz", "f3vz"];

export const revenus_capitaux_mensuels = defineVariable({
  name: "revenus_capitaux_mensuels",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus de capitaux mobiliers du foyer fiscal, par mois, portés par le déclarant principal",
  // Capital income is a resource of the RSA foyer (CASF art. R262-6).
  reference: casf("R262-6"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const annee = period.thisYear;
      const out = new Float64Array(individu.count);
      const declarantPrincipal = individu.hasRole("foyer_fiscal", "declarant_principal");
      for (const box of CASES_REVENUS_CAPITAUX) {
        const v = individu.group("foyer_fiscal", box, annee);
        if (knownConstant(v) === 0) continue; // an undeclared box adds nothing
        for (let i = 0; i < out.length; i++) if (declarantPrincipal[i]) out[i]! += v[i]! / 12;
      }
      return out;
    },
  },
});
