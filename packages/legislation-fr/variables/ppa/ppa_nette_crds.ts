import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const ppa_nette_crds = defineVariable({
  name: "ppa_nette_crds",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Prime d'activité après CRDS",
  // The CRDS is withheld from the prime d'activité (CSS art. L136-1-3).
  reference: css("L136-1-3"),
  formulas: {
    "2016-01-01": ({ famille, period, parameters }) => {
      const crds: number = parameters(period).prelevements_sociaux.contributions_sociales.crds;
      return mul(famille("ppa", period), 1 - crds);
    },
  },
});
