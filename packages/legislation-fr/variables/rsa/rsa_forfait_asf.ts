import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";
import { memberGroupIndex, previousMonths, toutNul } from "../../src/formula-helpers.ts";

export const rsa_forfait_asf = defineVariable({
  name: "rsa_forfait_asf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Forfait d'allocation de soutien familial retenu dans les ressources du RSA",
  // The ASF paid to a parent alone for children who receive no maintenance counts within
  // a flat 22.5 % of the BMAF per child (CASF art. R262-10-1, décret n° 2014-554: the
  // revaluations of the ASF since April 2014 do not lower the RSA). An ASF not paid
  // counts for nothing.
  reference: casf("R262-10-1"),
  formulas: {
    "2014-04-01": ({ famille, period, parameters }) => {
      const asfPercue = famille("asf", period);
      if (toutNul(asfPercue)) return 0;
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
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (parents[i] !== 1) continue;
        out[i] = Math.min(bmaf * taux * nbEnfants[i]!, asfPercue[i]!);
      }
      return out;
    },
  },
});
