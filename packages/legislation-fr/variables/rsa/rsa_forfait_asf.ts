import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";
import { memberGroupIndex, previousMonths } from "../../src/formula-helpers.ts";

export const rsa_forfait_asf = defineVariable({
  name: "rsa_forfait_asf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Forfait d'allocation de soutien familial retenu dans les ressources du RSA",
  // When a parent alone could claim the ASF for a child who receives no maintenance,
  // a flat 22.5 % of the BMAF per child is counted instead (CASF art. R262-10-1).
  reference: casf("R262-10-1"),
  formulas: {
    "2014-04-01": ({ famille, period, parameters }) => {
      const p = parameters(period).prestations_sociales;
      const bmaf: number = p.prestations_familiales.bmaf.bmaf;
      const taux: number = p.solidarite_insertion.minima_sociaux.rsa.rsa_maj.forfait_asf.taux2;
      const parents = famille("nb_parents", period);
      const aCharge = famille.members("rsa_enfant_a_charge", period);
      const pensions = new Float64Array(aCharge.length);
      for (const month of previousMonths(period, 3)) {
        const v = famille.members("pensions_alimentaires_percues", month);
        for (let i = 0; i < v.length; i++) pensions[i]! += v[i]!;
      }
      const groupe = memberGroupIndex(famille);
      const nbEnfants = new Float64Array(famille.count);
      for (let p = 0; p < groupe.length; p++) if (aCharge[p] && pensions[p] === 0) nbEnfants[groupe[p]!]! += 1;
      // When the ASF actually received is known, the forfait never exceeds it.
      const asfPercue = famille("asf", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (parents[i] !== 1) continue;
        const forfait = bmaf * taux * nbEnfants[i]!;
        out[i] = asfPercue[i]! > 0 ? Math.min(forfait, asfPercue[i]!) : forfait;
      }
      return out;
    },
  },
});
