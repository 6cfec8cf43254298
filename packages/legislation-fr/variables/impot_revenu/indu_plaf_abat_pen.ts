import { maximum, minimum, sub, sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const indu_plaf_abat_pen = defineVariable({
  name: "indu_plaf_abat_pen",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Part de l'abattement de 10 % sur les pensions qui dépasse son plafond par foyer",
  // The allowance of the foyer's pensioners together cannot exceed the ceiling (CGI art. 158, 5, a).
  reference: cgi("158"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const plafond: number = parameters(period).impot_revenu.calcul_revenus_imposables.deductions.abatpen.max;
      const abattement = sub(
        sumMembers(foyer_fiscal, foyer_fiscal.members("revenu_assimile_pension", period)),
        sumMembers(foyer_fiscal, foyer_fiscal.members("revenu_assimile_pension_apres_abattements", period)),
      );
      return maximum(0, sub(abattement, minimum(abattement, plafond)));
    },
  },
});
