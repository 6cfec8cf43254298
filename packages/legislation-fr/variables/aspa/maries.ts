import { eq } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";
import { TypesStatutMarital } from "../common/statut_marital.ts";

export const maries = defineVariable({
  name: "maries",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Un parent de la famille est marié",
  // Marriage (C. civ. art. 143 and 144), which the ASI's and the ASPA's amounts for a couple
  // where both may receive an allowance tell apart from a pacs or concubinage.
  reference: codeCivil("143", "144"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      famille.any(eq(famille.members("statut_marital", period), TypesStatutMarital.index("marie")), "parent"),
  },
});
