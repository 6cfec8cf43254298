import { minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";

export const rsa_forfait_asf = defineVariable({
  name: "rsa_forfait_asf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Forfait d'allocation de soutien familial retenu dans les ressources du RSA",
  // The ASF paid counts within a flat 22.5 % of the BMAF for each child who can open a
  // right to it (CASF art. R262-10-1, décret n° 2014-554: the revaluations of the ASF
  // since April 2014 do not lower the RSA), a differential ASF too. An ASF not paid counts
  // for nothing.
  reference: casf("R262-10-1"),
  formulas: {
    "2014-04-01": ({ famille, period, parameters }) => {
      const asfPercue = famille("asf", period);
      if (toutNul(asfPercue)) return 0;
      const p = parameters(period).prestations_sociales;
      const bmaf: number = p.prestations_familiales.bmaf.bmaf;
      const taux: number = p.solidarite_insertion.minima_sociaux.rsa.rsa_maj.forfait_asf.taux2;
      const eligibles = famille.sum(famille.members("asf_elig_enfant", period), "enfant");
      return minimum(mul(bmaf * taux, eligibles), asfPercue);
    },
  },
});
