import { add, div, eq, lt, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_revenus_microBA_agricole = defineVariable({
  name: "rpns_revenus_microBA_agricole",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus agricoles imposables en régime microBA - Revenus des professions non salariées",
  // The micro-BA profit: the receipts less the flat allowance (CGI art. 64 bis). In 2016 and 2017 the
  // receipts are averaged with those of the two previous years (the former forfaits raised by a
  // majoration), over the years since the creation.
  reference: cgi("64 bis"),
  formulas: {
    "2016-01-01": ({ individu, period, parameters }) => {
      const ba = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.regime_micro_ba;
      const f = (name: string) => individu(name, period);
      const majore = (name: string) => mul(f(name), 1 + ba.maj_frag);
      const sur3ans = div(add(f("mrag_impo"), majore("frag_impo_n2"), f("arag_impo_n2"), majore("frag_impo_n1"), f("arag_impo_n1")), 3);
      const sur2ans = div(add(f("mrag_impo"), majore("frag_impo_n1"), f("arag_impo_n1")), 2);
      const creation = f("date_creation");
      const benefice = where(lt(creation, 2015), sur3ans, where(eq(creation, 2015), sur2ans, where(eq(creation, 2016), f("mrag_impo"), 0)));
      return mul(benefice, 1 - ba.taux);
    },
    "2017-01-01": ({ individu, period, parameters }) => {
      const ba = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.regime_micro_ba;
      const f = (name: string) => individu(name, period);
      const sur3ans = div(add(f("mrag_impo"), mul(f("frag_impo_n2"), 1 + ba.maj_frag), f("arag_impo_n2"), f("frag_impo_n1")), 3);
      const sur2ans = div(add(f("mrag_impo"), f("frag_impo_n1")), 2);
      const creation = f("date_creation");
      const benefice = where(lt(creation, 2016), sur3ans, where(eq(creation, 2016), sur2ans, where(eq(creation, 2017), f("mrag_impo"), 0)));
      return mul(benefice, 1 - ba.taux);
    },
    "2018-01-01": ({ individu, period, parameters }) =>
      mul(
        individu("mrag_impo", period),
        1 - parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise.regime_micro_ba.taux,
      ),
  },
});
