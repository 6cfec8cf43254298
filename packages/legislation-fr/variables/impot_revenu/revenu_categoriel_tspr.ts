import { add, sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_categoriel_tspr = defineVariable({
  name: "revenu_categoriel_tspr",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu catégoriel des traitements, salaires, pensions et rentes",
  reference: cgi("79", "83", "158"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      add(
        sumMembers(foyer_fiscal, foyer_fiscal.members("traitements_salaires_pensions_rentes", period)),
        foyer_fiscal("indu_plaf_abat_pen", period),
      ),
  },
});
