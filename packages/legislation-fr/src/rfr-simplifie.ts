// A simplified revenu fiscal de référence, computed year after year from gross incomes.
//
// The CSG regime of a year depends on the RFR of two and three years before, and the RFR
// on the taxable pensions and unemployment benefits, net of the deductible CSG of their
// own year: a chain back in time. The engine treats a variable read again at another
// period as a spiral (cut short), so the chain is computed here in one pass, from the
// first year of the RFR-based rule, from gross inputs; an RFR given as input for a year
// replaces the computed one (`pop.input`), so later years follow from it.
import { ageInYears, parseInstant, parsePeriod, type Period, type Population } from "@zero/engine";
import { memberGroupIndex } from "./formula-helpers.ts";
import type { FrenchParameters } from "./parameter-types.generated.ts";
import { NON_RENSEIGNE, regimeCsg, tauxChomage, tauxPensions } from "./csg-remplacement.ts";

/** First year computed: the regimes of 2015 (first year of the RFR rule) need 2012 and 2013. */
const PREMIERE_ANNEE = 2012;

type Parameters = (at: Period) => FrenchParameters;

/** The RFR of each foyer fiscal for the year `period` (see `rfr`). */
export function rfrSimplifie(foyer: Population, period: Period, parameters: Parameters): Float64Array {
  const personnes = foyer.persons;
  const n = personnes.count;
  const foyerDe = memberGroupIndex(foyer);
  const declarant = foyer.memberHasRole("declarant");
  const naissance = personnes("date_naissance", period);
  const annee = period.start.year;
  const rfrs = new Map<number, Float64Array>();
  const parts = new Map<number, ArrayLike<number>>();
  const zero = new Float64Array(foyer.count);
  const regime = new Int32Array(n);
  let rfr: Float64Array = zero;
  for (let y = Math.min(PREMIERE_ANNEE, annee); y <= annee; y++) {
    const an = parsePeriod(String(y));
    parts.set(y, foyer("nbptr", an));
    const p = parameters(an);
    const seuils = p.prelevements_sociaux.contributions_sociales.csg_remplacement.seuils;
    const rfr2 = rfrs.get(y - 2) ?? zero;
    const rfr3 = rfrs.get(y - 3) ?? zero;
    const parts2 = parts.get(y - 2) ?? parts.get(y)!;
    const parts3 = parts.get(y - 3) ?? parts.get(y)!;
    for (let i = 0; i < n; i++) {
      const f = foyerDe[i]!;
      regime[i] = y - 2 < PREMIERE_ANNEE ? NON_RENSEIGNE : regimeCsg(seuils, rfr2[f]!, parts2[f]!, rfr3[f]!, parts3[f]!);
    }
    // A year's RFR given as input stands for that year (the chain goes on from it).
    const given = foyer.input("rfr", an);
    rfr = given ? Float64Array.from(given) : rfrAnnee(foyer, an, p, regime, declarant, naissance);
    rfrs.set(y, rfr);
  }
  return rfr;
}

/** One year's RFR, given each person's CSG regime that year. */
function rfrAnnee(
  foyer: Population,
  an: Period,
  p: FrenchParameters,
  regime: Int32Array,
  declarant: Uint8Array,
  naissance: ArrayLike<number>,
): Float64Array {
  const personnes = foyer.persons;
  const n = personnes.count;
  const ir = p.impot_revenu.calcul_revenus_imposables;
  const pro = ir.deductions.abatpro;
  const pen = ir.deductions.abatpen;
  const ageMin: number = ir.abat_rni.age_minimum;
  const cs = p.prelevements_sociaux.contributions_sociales;
  const tp = tauxPensions(cs);
  const tc = tauxChomage(cs);
  const smicAnnuel = 12 * (p.marche_travail.salaire_minimum.smic.smic_b_mensuel as number);
  const salaires = personnes("salaire_imposable", an, "add");
  const chomage = personnes("chomage_brut", an, "add");
  const pensions = personnes("retraite_brute", an, "add");
  const ages = ageInYears(naissance, parseInstant(`${an.start.year}-12-31`)!);
  const netSalaires = new Float64Array(n);
  const netPensions = new Float64Array(n);
  const abattementPensions = new Float64Array(n);
  const age = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = chomage[i]!;
    const csgChomage = Math.min(c * tc.deductible[regime[i]!]!, Math.max(0, c - smicAnnuel));
    const s = salaires[i]! + c - csgChomage;
    if (s > 0) netSalaires[i] = s - Math.min(s, Math.min(pro.max, Math.max(pro.min, pro.taux * s)));
    const b = pensions[i]!;
    const imposable = b - b * tp.deductible[regime[i]!]!;
    netPensions[i] = imposable;
    if (imposable > 0) abattementPensions[i] = Math.min(imposable, Math.max(pen.min, pen.taux * imposable));
    age[i] = declarant[i] === 1 && naissance[i] !== 0 && ages[i]! >= ageMin ? 1 : 0;
  }
  const rbgSalaires = foyer.sum(netSalaires);
  const rbgPensions = foyer.sum(netPensions);
  const abattements = foyer.sum(abattementPensions);
  const nbAges = foyer.sum(age);
  const out = new Float64Array(foyer.count);
  for (let i = 0; i < out.length; i++) {
    const rbg = rbgSalaires[i]! + rbgPensions[i]! - Math.min(abattements[i]!, pen.max);
    const abattementAge = nbAges[i]! > 0 ? nbAges[i]! * (ir.abat_rni.contribuable_age_invalide.calc(rbg) as number) : 0;
    out[i] = Math.max(0, rbg - abattementAge);
  }
  return out;
}
