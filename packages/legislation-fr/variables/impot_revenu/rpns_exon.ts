import { add, mul, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** Professional income exempt (new businesses, zones…), and the BNC of approved creators with their majoration. */
function exoneres(individu: Population, period: Period, cases: readonly string[], majorationCga: number): Float64Array {
  return add(somme(individu, period, cases), mul(individu("nbnc_proc", period), 1 + majorationCga));
}

const COMMUNES = ["arag_exon", "nrag_exon", "mbic_exon", "abic_exon", "nbic_exon", "macc_exon", "aacc_exon", "nacc_exon", "mbnc_exon"];
const COMMUNES_BNC = ["abnc_proc", "abnc_exon", "nbnc_exon", "mncn_exon"];

export const rpns_exon = defineVariable({
  name: "rpns_exon",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Plus-values de cession exonérées - Revenus des professions non salariées",
  // Professional income and gains exempt from income tax (new businesses, zones, young farmers…), which
  // the revenu fiscal de référence adds back (CGI art. 1417, IV, 1°, a; art. 44 sexies to 44 duodecies).
  reference: cgi("1417", "44 sexies"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) =>
      exoneres(
        individu,
        period,
        ["frag_exon", ...COMMUNES, ...COMMUNES_BNC, "cncn_jcre", "nbic_pvce", "nrag_pvce"],
        parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2,
      ),
    "2008-01-01": ({ individu, period, parameters }) =>
      exoneres(
        individu,
        period,
        ["frag_exon", ...COMMUNES, ...COMMUNES_BNC, "cncn_exon", "cncn_jcre", "nbic_pvce"],
        parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2,
      ),
    // 2016: the micro-BA replaces the agricultural forfait.
    "2016-01-01": ({ individu, period, parameters }) =>
      exoneres(
        individu,
        period,
        ["mrag_exon", ...COMMUNES, ...COMMUNES_BNC, "cncn_exon", "cncn_jcre", "nbic_pvce"],
        parameters(period).impot_revenu.calcul_revenus_imposables.rpns.cga_taux2,
      ),
    // 2018: the approved creators' BNC (nbnc_proc) no longer counted.
    "2018-01-01": ({ individu, period }) =>
      somme(individu, period, ["mrag_exon", ...COMMUNES, ...COMMUNES_BNC, "cncn_exon", "cncn_jcre", "nbic_pvce"]),
    // 2023: the majoration of income without an approved centre ends, with its boxes.
    "2023-01-01": ({ individu, period }) =>
      somme(individu, period, [
        "mrag_exon",
        "arag_exon",
        "mbic_exon",
        "abic_exon",
        "macc_exon",
        "aacc_exon",
        "mbnc_exon",
        "abnc_exon",
        "mncn_exon",
        "cncn_exon",
        "cncn_jcre",
      ]),
  },
});
