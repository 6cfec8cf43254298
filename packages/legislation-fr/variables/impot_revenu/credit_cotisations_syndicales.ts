import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const credit_cotisations_syndicales = defineVariable({
  name: "credit_cotisations_syndicales",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Crédit d'impôt pour cotisations syndicales",
  // A share of each member's union dues (7AC), within a share of his taxable wages, unemployment benefits
  // and pensions (CGI art. 199 quater C): a crédit d'impôt since 2012.
  reference: cgi("199 quater C"),
  formulas: {
    "2012-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.cotisations_syndicales;
      const m = (name: string) => foyer_fiscal.members(name, period, "add");
      const plafond = mul(add(m("salaire_imposable"), m("chomage_imposable"), m("retraite_imposable")), p.plafond);
      return mul(p.taux, foyer_fiscal.sum(minimum(foyer_fiscal.members("f7ac", period), plafond)));
    },
  },
});
