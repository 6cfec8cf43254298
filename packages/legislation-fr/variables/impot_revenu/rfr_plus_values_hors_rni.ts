import { add, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** The gains of the boxes listed, option gains taxed at a flat rate and the members' professional short-term gains. */
function plusValues(foyer: Population, period: Period, cases: readonly string[]): Float64Array {
  return add(somme(foyer, period, cases), foyer("glo_taxation_ir_forfaitaire", period), foyer.sum(foyer.members("rpns_pvce", period)));
}

/** Gains on securities taxed at the flat rate (PFU) unless the foyer opts for the scale (box 2OP), which counts them in the rni. */
function horsBareme(foyer: Population, period: Period, cases: readonly string[]): Float64Array {
  return where(foyer("f2op", period), 0, somme(foyer, period, cases));
}

const difference = (foyer: Population, period: Period) => sub(foyer("f3vq", period), foyer("f3vr", period));

export const rfr_plus_values_hors_rni = defineVariable({
  name: "rfr_plus_values_hors_rni",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Plus-values hors RNI entrant dans le calcul du revenu fiscal de référence (PV au barème, PV éxonérées ..)",
  // The gains taxed apart from the scale or exempt, which the revenu fiscal de référence adds back
  // (CGI art. 1417, IV, 1°, c); boxes of each year's declaration.
  reference: cgi("1417", "150-0 A", "200 A"),
  formulas: {
    "2011-01-01": ({ foyer_fiscal, period }) => plusValues(foyer_fiscal, period, ["f3vc", "f3vg", "f3vl", "f3vm", "f3vp", "f3vy", "f3vz"]),
    "2012-01-01": ({ foyer_fiscal, period }) =>
      plusValues(foyer_fiscal, period, [
        "f3sa_2012",
        "f3sj",
        "f3sk",
        "f3vc",
        "f3vg",
        "f3vl",
        "f3vm",
        "f3vp",
        "f3vt",
        "f3vy",
        "f3vz",
        "f3we",
      ]),
    "2013-01-01": ({ foyer_fiscal, period }) =>
      add(
        plusValues(foyer_fiscal, period, ["f3sj", "f3sk", "f3vc", "f3vm", "f3vp", "f3vt", "f3vy", "f3vz", "f3we"]),
        difference(foyer_fiscal, period),
      ),
    "2016-01-01": ({ foyer_fiscal, period }) =>
      add(
        plusValues(foyer_fiscal, period, ["f3sj", "f3sk", "f3tz", "f3vc", "f3vm", "f3vp", "f3vt", "f3vy", "f3vz", "f3we", "f3wi", "f3wj"]),
        difference(foyer_fiscal, period),
      ),
    "2017-01-01": ({ foyer_fiscal, period }) =>
      add(
        plusValues(foyer_fiscal, period, [
          "f3sj",
          "f3sk",
          "f3tz",
          "f3vc",
          "f3vm",
          "f3vp",
          "f3vt",
          "f3vy",
          "f3vz",
          "f3we",
          "f3wi",
          "f3wj",
          "f3pi",
        ]),
        difference(foyer_fiscal, period),
      ),
    "2018-01-01": ({ foyer_fiscal, period }) =>
      add(
        plusValues(foyer_fiscal, period, ["f3sj", "f3sk", "f3vc", "f3vm", "f3vt", "f3vz", "f3we", "f3wi", "f3wj", "f3pi"]),
        difference(foyer_fiscal, period),
        horsBareme(foyer_fiscal, period, ["f3vg", "f3ua", "f3tj"]),
      ),
    // 2019: gains on digital assets (3AN) are always taxed at the flat rate; 3VT joins the securities.
    "2019-01-01": ({ foyer_fiscal, period }) =>
      add(
        plusValues(foyer_fiscal, period, ["f3sj", "f3sk", "f3vc", "f3vz", "f3we", "f3wi", "f3wj", "f3an", "f3pi"]),
        difference(foyer_fiscal, period),
        horsBareme(foyer_fiscal, period, ["f3vg", "f3ua", "f3tj", "f3vt"]),
      ),
  },
});
