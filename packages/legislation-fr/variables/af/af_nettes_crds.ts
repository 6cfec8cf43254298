import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const af_nettes_crds = defineVariable({
  name: "af_nettes_crds",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Allocations familiales après CRDS",
  // The CRDS is withheld from family benefits (ordonnance 96-50, art. 15 ; CSS art. L136-1-3).
  reference: css("L136-1-3"),
  formulas: {
    "1996-02-01": ({ famille, period, parameters }) => {
      const crds: number = parameters(period).prelevements_sociaux.contributions_sociales.crds;
      return mul(famille("af", period), 1 - crds);
    },
  },
});
