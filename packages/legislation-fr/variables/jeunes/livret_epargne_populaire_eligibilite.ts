import { allOf, le, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const livret_epargne_populaire_eligibilite = defineVariable({
  name: "livret_epargne_populaire_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité au livret d'épargne populaire",
  // A person not à charge of another foyer fiscal, whose foyer's revenu fiscal de référence of N-2
  // is within the ceiling (Code monétaire et financier, art. L221-15).
  reference: [
    "Code monétaire et financier, article L221-15",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072026",
    ...cgi("1417"),
  ],
  formulas: {
    "2014-01-01": ({ individu, period }) =>
      allOf(
        not(individu("enfant_a_charge", period.thisYear)),
        le(individu.group("foyer_fiscal", "rfr", period.thisYear.offset(-2, "year")), individu("livret_epargne_populaire_plafond", period)),
      ),
  },
});
