import { add, sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import { desFamilles, desFoyersFiscaux } from "../../src/menage-fiscal.ts";

export const revenu_disponible = defineVariable({
  name: "revenu_disponible",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu disponible du ménage",
  // The members' net income from work, pensions and capital, the direct taxes (negative), the prime pour
  // l'emploi of the foyers fiscaux and the social benefits of the familles whose head lives in the ménage.
  reference: cgi("1"),
  formulas: {
    "0001-01-01": ({ menage, period }) =>
      add(
        sumMembers(menage, menage.members("revenus_nets_du_travail", period)),
        menage("impots_directs", period),
        sumMembers(menage, menage.members("pensions_nettes", period)),
        desFoyersFiscaux(menage, "ppe", period),
        desFamilles(menage, "prestations_sociales", period),
        sumMembers(menage, menage.members("revenus_nets_du_capital", period)),
      ),
  },
});
