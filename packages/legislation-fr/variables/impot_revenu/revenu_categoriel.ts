import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_categoriel = defineVariable({
  name: "revenu_categoriel",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Somme des revenus catégoriels",
  // The net incomes of each category make up the global income (CGI art. 156).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      return add(
        f("revenu_categoriel_tspr"),
        f("revenu_categoriel_capital"),
        f("revenu_categoriel_foncier"),
        f("revenu_categoriel_non_salarial"),
        f("revenu_categoriel_plus_values"),
      );
    },
  },
});
