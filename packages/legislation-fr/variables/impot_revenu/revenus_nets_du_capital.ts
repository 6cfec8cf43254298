import { add, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const revenus_nets_du_capital = defineVariable({
  name: "revenus_nets_du_capital",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus du capital nets de prélèvements sociaux",
  // The foyer's capital income (the base of the CSG on capital, with its gains replaced by their wide
  // measure and without the annuities counted in the pensions), less the social levies on it (negative),
  // on the declarant principal; plus the person's option gains taxed like wages (1TT). The plus-values
  // base large and the CSG base on gains are inputs in Zéro.
  reference: css("L136-6", "L136-7"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const foyer = (name: string) => individu.group("foyer_fiscal", name, period);
      const avantPrelevements = sub(
        add(sub(foyer("assiette_csg_revenus_capital"), foyer("assiette_csg_plus_values")), foyer("plus_values_base_large")),
        foyer("rente_viagere_titre_onereux_net"),
      );
      const duFoyer = add(avantPrelevements, foyer("prelevements_sociaux_revenus_capital"));
      return add(mul(duFoyer, individu.hasRole("foyer_fiscal", "declarant_principal")), individu("f1tt", period));
    },
  },
});
