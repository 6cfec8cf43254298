import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_differentielle_hauts_revenus_acompte = defineVariable({
  name: "contribution_differentielle_hauts_revenus_acompte",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Acompte de la contribution différentielle sur les hauts revenus (CDHR)",
  // An advance of a share of the contribution, paid in December of the year of the incomes (LF 2025,
  // art. 10, III bis, A), counted negative like it.
  reference: cgi("224"),
  formulas: {
    "2025-01-01": ({ foyer_fiscal, period, parameters }) =>
      mul(
        foyer_fiscal("contribution_differentielle_hauts_revenus", period),
        parameters(period).impot_revenu.contributions_exceptionnelles.contribution_differentielle_hauts_revenus.taux_acompte,
      ),
  },
});
