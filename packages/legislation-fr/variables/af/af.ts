import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { sumOf } from "../../src/formula-helpers.ts";

export const af = defineVariable({
  name: "af",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocations familiales (avant CRDS)",
  reference: css("L521-1", "D521-1", "D521-2"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      sumOf(
        famille,
        [
          "af_base",
          "af_majoration",
          "af_allocation_forfaitaire",
          "af_complement_degressif",
          "af_allocation_forfaitaire_complement_degressif",
        ],
        period,
      ),
  },
});
