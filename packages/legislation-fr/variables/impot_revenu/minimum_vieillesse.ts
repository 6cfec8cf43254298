import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const minimum_vieillesse = defineVariable({
  name: "minimum_vieillesse",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "year",
  label: "Minimum vieillesse (ASI + ASPA)",
  // The allocation supplémentaire d'invalidité of the members and the ASPA (CSS art. L815-1, L815-24).
  reference: css("L815-1", "L815-24"),
  formulas: {
    "0001-01-01": ({ famille, period }) => add(famille.sum(famille.members("asi", period, "add")), famille("aspa", period, "add")),
  },
});
