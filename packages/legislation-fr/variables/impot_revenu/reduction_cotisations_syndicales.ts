import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const reduction_cotisations_syndicales = defineVariable({
  name: "reduction_cotisations_syndicales",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2011-12-31",
  label: "Réduction d'impôt pour cotisations syndicales",
  // A share of each member's union dues (7AC), within a share of his taxable wages, unemployment benefits
  // and pensions (CGI art. 199 quater C): a réduction until 2011.
  reference: cgi("199 quater C"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.cotisations_syndicales;
      const m = (name: string) => foyer_fiscal.members(name, period, "add");
      const plafond = mul(add(m("salaire_imposable"), m("chomage_imposable"), m("retraite_imposable")), p.plafond);
      return mul(p.taux, foyer_fiscal.sum(minimum(foyer_fiscal.members("f7ac", period), plafond)));
    },
  },
});
