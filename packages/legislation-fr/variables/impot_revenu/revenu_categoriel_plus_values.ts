import { add, maximum, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

const boxes = (foyer: Population, period: Period, names: readonly string[]) => names.map((n) => foyer(n, period));
const somme = (foyer: Population, period: Period, names: readonly string[]): Float64Array =>
  boxes(foyer, period, names).reduce<Float64Array>((total, v) => add(total, v), new Float64Array(foyer.count));

/** From 2018 the gains go to the flat tax unless the foyer opts for the scale (2OP), net of their allowances. */
function auBareme(foyer: Population, period: Period, depuis2019: boolean): Float64Array {
  const [f3sb, f3ua, f3sl, f3va, f3vg, f3sg, f3tj, f3tk, f3vt] = boxes(foyer, period, [
    "f3sb",
    "f3ua",
    "f3sl",
    "f3va",
    "f3vg",
    "f3sg",
    "f3tj",
    "f3tk",
    "f3vt",
  ]);
  const communs = add(f3sb!, maximum(0, sub(sub(f3ua!, f3sl!), f3va!)), maximum(0, sub(f3vg!, f3sg!)));
  const reste = depuis2019 ? add(maximum(0, sub(f3tj!, f3tk!)), f3vt!) : f3tj!;
  return add(foyer("f3wb", period), where(foyer("f2op", period), add(communs, reste), 0));
}

export const revenu_categoriel_plus_values = defineVariable({
  name: "revenu_categoriel_plus_values",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu catégoriel des plus-values imposées au barème",
  // Gains on securities taxed at the scale (CGI art. 150-0 A, 150-0 D and 200 A).
  reference: cgi("150-0 A", "150-0 D", "200 A"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period }) => somme(foyer_fiscal, period, ["f3sb", "f3vg", "f3vl", "f3wb"]),
    "2014-01-01": ({ foyer_fiscal, period }) => somme(foyer_fiscal, period, ["f3sb", "f3vg", "f3wb"]),
    // The gains in 3UA were counted in 3VG before.
    "2017-01-01": ({ foyer_fiscal, period }) => somme(foyer_fiscal, period, ["f3sb", "f3vg", "f3wb", "f3ua"]),
    "2018-01-01": ({ foyer_fiscal, period }) => auBareme(foyer_fiscal, period, false),
    "2019-01-01": ({ foyer_fiscal, period }) => auBareme(foyer_fiscal, period, true),
  },
});
