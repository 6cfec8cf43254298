import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { meanOver, previousMonths } from "../../src/formula-helpers.ts";

export const rsa_base_ressources_minima_sociaux = defineVariable({
  name: "rsa_base_ressources_minima_sociaux",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Minima sociaux de la famille (ASPA, ASI) retenus dans les ressources du RSA",
  reference: casf("R262-6", "R262-7"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const months = previousMonths(period, 3);
      // The ASPA is the famille's, the ASI each member's.
      return add(meanOver(famille, "aspa", months), famille.sum(meanOver(famille.persons, "asi", months)));
    },
  },
});
