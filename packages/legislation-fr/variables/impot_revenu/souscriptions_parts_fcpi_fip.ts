import { add, minimum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const souscriptions_parts_fcpi_fip = defineVariable({
  name: "souscriptions_parts_fcpi_fip",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "souscriptions_parts_fcpi_fip",
  // A share of the subscriptions of parts of innovation funds (FCPI, 7GQ) and local investment funds (FIP,
  // 7FQ; in Corsica 7FM from 2007, overseas 7FL from 2011 at their own rates), each within a ceiling
  // doubled for a couple; in 2021 the subscriptions at the raised rate (7GR, 7FT) first use the ceiling
  // (CGI art. 199 terdecies-0 A, VI to VI ter A).
  reference: cgi("199 terdecies-0 A"),
  formulas: {
    "2002-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.souscriptions.souscriptions_parts_fcpi_fip;
      const plafond = mul(p.plafond_celibataire, add(foyer_fiscal("maries_ou_pacses", period), 1));
      return mul(p.taux, minimum(foyer_fiscal("f7gq", period), plafond));
    },
    "2003-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.souscriptions.souscriptions_parts_fcpi_fip;
      const plafond = mul(p.plafond_celibataire, add(foyer_fiscal("maries_ou_pacses", period), 1));
      const retenu = (c: string) => minimum(foyer_fiscal(c, period), plafond);
      return mul(p.taux, add(retenu("f7gq"), retenu("f7fq")));
    },
    "2007-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.souscriptions.souscriptions_parts_fcpi_fip;
      const plafond = mul(p.plafond_celibataire, add(foyer_fiscal("maries_ou_pacses", period), 1));
      const retenu = (c: string) => minimum(foyer_fiscal(c, period), plafond);
      return add(mul(p.taux, add(retenu("f7gq"), retenu("f7fq"))), mul(p.taux_corse, retenu("f7fm")));
    },
    "2011-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.souscriptions.souscriptions_parts_fcpi_fip;
      const plafond = mul(p.plafond_celibataire, add(foyer_fiscal("maries_ou_pacses", period), 1));
      const retenu = (c: string) => minimum(foyer_fiscal(c, period), plafond);
      return add(
        mul(p.taux, add(retenu("f7gq"), retenu("f7fq"))),
        mul(p.taux_corse, retenu("f7fm")),
        mul(p.taux_outre_mer, retenu("f7fl")),
      );
    },
    "2021-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.souscriptions.souscriptions_parts_fcpi_fip;
      const plafond = mul(p.plafond_celibataire, add(foyer_fiscal("maries_ou_pacses", period), 1));
      const retenu = (c: string) => minimum(foyer_fiscal(c, period), plafond);
      const fcpiMajore = retenu("f7gr");
      const fipMajore = retenu("f7ft");
      const fcpi = minimum(sub(plafond, fcpiMajore), foyer_fiscal("f7gq", period));
      const fip = minimum(sub(plafond, fipMajore), foyer_fiscal("f7fq", period));
      return add(
        mul(p.taux, add(fcpi, fip)),
        mul(p.taux_corse, retenu("f7fm")),
        mul(p.taux_outre_mer, retenu("f7fl")),
        mul(p.taux_special, add(fcpiMajore, fipMajore)),
      );
    },
  },
});
