import { add, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_non_salarie = defineVariable({
  name: "revenu_non_salarie",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus des professions non salariées individuels",
  // Agricultural income (forfait, then micro-BA from 2016, and timber), the real-regime profits with and
  // without an approved centre, these raised by the majoration (not the deficits: CGI art. 158, 7),
  // less the agricultural deficits; the majoration ends in 2023.
  reference: cgi("64", "64 bis", "158"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const cga = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2;
      const f = (name: string) => individu(name, period);
      const forfait = f("rpns_revenus_forfait_agricole");
      const majoration = maximum(0, mul(cga, add(f("ntimp"), forfait)));
      const deficitsAgricoles = add(f("f5sq"), f("arag_defi"), mul(1 + cga, f("nrag_defi")));
      return sub(add(forfait, f("frag_fore"), f("atimp"), f("ntimp"), majoration), deficitsAgricoles);
    },
    "2016-01-01": ({ individu, period, parameters }) => {
      const cga = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2;
      const f = (name: string) => individu(name, period);
      const majoration = maximum(0, mul(cga, f("ntimp")));
      const deficitsAgricoles = add(f("arag_defi"), mul(1 + cga, f("nrag_defi")));
      return sub(add(f("rpns_revenus_microBA_agricole"), f("coupe_bois"), f("atimp"), f("ntimp"), majoration), deficitsAgricoles);
    },
    "2023-01-01": ({ individu, period }) => {
      const f = (name: string) => individu(name, period);
      return sub(add(f("rpns_revenus_microBA_agricole"), f("coupe_bois"), f("atimp")), f("arag_defi"));
    },
  },
});
