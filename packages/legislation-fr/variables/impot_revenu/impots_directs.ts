import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import { desFoyersFiscaux } from "../../src/menage-fiscal.ts";

export const impots_directs = defineVariable({
  name: "impots_directs",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôts directs",
  // The direct taxes of the ménage (negative): the income tax of its foyers fiscaux with the flat levies,
  // the taxe d'habitation, the tax on property gains, the wealth tax and the micro-social flat levy; from
  // 2025, the income tax, the wealth tax and the contribution différentielle. Zéro does not compute the
  // taxe d'habitation, the tax on property gains, the ISF/IFI and the micro-social levy: they are inputs.
  reference: cgi("1", "1407", "150 U", "224", "964"),
  formulas: {
    "0001-01-01": ({ menage, period }) =>
      add(
        menage("taxe_habitation", period),
        desFoyersFiscaux(menage, "irpp_economique", period),
        desFoyersFiscaux(menage, "ir_pv_immo", period),
        desFoyersFiscaux(menage, "isf_ifi", period),
        desFoyersFiscaux(menage, "microsocial", period),
      ),
    "2025-01-01": ({ menage, period }) =>
      add(
        desFoyersFiscaux(menage, "irpp_economique", period),
        desFoyersFiscaux(menage, "isf_ifi", period),
        desFoyersFiscaux(menage, "contribution_differentielle_hauts_revenus", period),
      ),
  },
});
