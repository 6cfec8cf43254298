import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

const CASES = ["f5qf", "f5qg", "f5qn", "f5qo", "f5qp", "f5qq"];

export const defrag = defineVariable({
  name: "defrag",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Déficits agricoles des années antérieures non encore déduits",
  // Past agricultural deficits, set off only against the agricultural income of the year (CGI art. 156, I, 1°).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const cga = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2;
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      const revenusAgricoles = add(
        mul(1 + cga, add(m("frag_impo"), m("nrag_impg"), m("frag_pvct"))),
        m("arag_impg"),
        m("frag_fore"),
        m("mrag_impo"),
      );
      return minimum(somme(foyer_fiscal, period, CASES), revenusAgricoles);
    },
    "2016-01-01": ({ foyer_fiscal, period, parameters }) => {
      const cga = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2;
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      const revenusAgricoles = add(mul(1 + cga, add(m("nrag_impg"), m("mrag_pvct"))), m("arag_impg"), m("coupe_bois"), m("mrag_impo"));
      return minimum(somme(foyer_fiscal, period, CASES), revenusAgricoles);
    },
    "2023-01-01": ({ foyer_fiscal, period }) => {
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      return minimum(somme(foyer_fiscal, period, CASES), add(m("arag_impg"), m("coupe_bois"), m("mrag_impo")));
    },
  },
});
