import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cf_net_crds = defineVariable({
  name: "cf_net_crds",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Complément familial après CRDS",
  // The CRDS is withheld from family benefits (ordonnance 96-50, art. 15 ; CSS art. L136-1-3).
  reference: css("L136-1-3"),
  formulas: {
    "1996-02-01": ({ famille, period, parameters }) => {
      const crds: number = parameters(period).prelevements_sociaux.contributions_sociales.crds;
      const cf = famille("cf", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = cf[i]! * (1 - crds);
      return out;
    },
  },
});
