import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asf_nette_crds = defineVariable({
  name: "asf_nette_crds",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Allocation de soutien familial après CRDS",
  // The CRDS is withheld from family benefits (ordonnance 96-50, art. 15 ; CSS art. L136-1-3).
  reference: css("L136-1-3"),
  formulas: {
    "1996-02-01": ({ famille, period, parameters }) => {
      const crds: number = parameters(period).prelevements_sociaux.contributions_sociales.crds;
      const asf = famille("asf", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = asf[i]! * (1 - crds);
      return out;
    },
  },
});
