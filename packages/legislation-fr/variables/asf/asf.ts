import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const asf = defineVariable({
  name: "asf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de soutien familial",
  // A monthly amount per eligible child, as a share of the BMAF (CSS art. L523-1 and
  // D523-1) ; maintenance received is deducted, the ASF then being differential (L523-1,
  // D523-2), and an amount under the minimum is not paid (D523-3).
  reference: css("L523-1", "D523-1", "D523-2", "D523-3"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const asfParams = pf.education_presence_parentale.asf;
      const parEnfant: number = asfParams.montant_asf.orphelin_assimile_seul_parent * pf.bmaf.bmaf;
      const seuil: number = asfParams.seuil ?? 0;
      const nb = famille.sum(famille.members("asf_elig_enfant", period), "enfant");
      if (toutNul(nb)) return 0; // paid per eligible child
      const elig = famille("asf_elig", period);
      const pensions = famille.sum(famille.members("pensions_alimentaires_percues", period));
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (!elig[i] || nb[i] === 0) continue;
        const montant = Math.max(0, nb[i]! * parEnfant - pensions[i]!);
        out[i] = montant >= seuil ? montant : 0;
      }
      return out;
    },
  },
});
