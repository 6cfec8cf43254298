// The Duflot, Pinel and Denormandie réductions (CGI art. 199 novovicies): a share of the investment, spread
// over the years of the rental commitment, the investments of the foyer sharing one ceiling in the order
// the declaration lists them; each zone's réduction counts its own investments. Vectorised over the foyers.
import { add, maximum, minimum, mul, sub, type Period, type Population } from "@zero/engine";
import { TABLES_PINEL, type Investissement, type Prorogation, type Zone } from "./duflot-pinel-tables.ts";
import { arrondi, somme } from "./impot-revenu.ts";
import type { FrenchParameters } from "./parameter-types.generated.ts";

export type ParametresPinel =
  FrenchParameters["impot_revenu"]["calcul_reductions_impots"]["investissements_immobiliers"]["duflot_pinel_denormandie"];

function taux(p: ParametresPinel, duree: 6 | 9, zone: Zone, kind: Investissement[3]): number {
  const location = duree === 9 ? p.location_9_ans : p.location_6_ans;
  if (kind === "taux_plein") return zone === "metropole" ? location.taux_metro_qpv_performant : location.taux_om_qpv_performant;
  return zone === "metropole" ? location.taux_metro : location.taux_om;
}

/** The zone's réduction of the year for the investments listed, imputed in order on the common ceiling. */
function investissements(
  foyer: Population,
  period: Period,
  p: ParametresPinel,
  cases: readonly Investissement[],
  zone: Zone,
): Float64Array {
  let reduction: Float64Array<ArrayBufferLike> = new Float64Array(foyer.count);
  let cumulees: ArrayLike<number> = new Float64Array(foyer.count);
  for (const [box, duree, zoneCase, kind] of cases) {
    const depense = foyer(box, period);
    if (zoneCase === zone) {
      const retenue = minimum(maximum(0, sub(p.plafond, cumulees)), depense);
      reduction = add(reduction, arrondi(mul(retenue, taux(p, duree, zone, kind) / duree)));
    }
    cumulees = add(cumulees, depense);
  }
  return reduction;
}

/** The zone's réduction for the extensions of the rental commitment, a third of the rate each year. */
function prorogations(foyer: Population, period: Period, p: ParametresPinel, cases: readonly Prorogation[], zone: Zone): Float64Array {
  const t = p.taux_prolongation;
  let reduction: Float64Array<ArrayBufferLike> = new Float64Array(foyer.count);
  let cumulees: ArrayLike<number> = new Float64Array(foyer.count);
  for (const [box, prorogation, zoneCase] of cases) {
    const depense = foyer(box, period);
    if (zoneCase === zone) {
      const rate = prorogation === 1 ? t.taux_prolong1_6ans : prorogation === 2 ? t.taux_prolong2_6ans : t.taux_prolong1_9ans;
      reduction = add(reduction, arrondi(mul(minimum(maximum(0, sub(p.plafond, cumulees)), depense), rate / 3)));
    }
    cumulees = add(cumulees, depense);
  }
  return reduction;
}

/**
 * The réduction of a zone from the tables of formula year `annee`: the investments of the years up to the
 * one taxed (from `depuis`), the réductions carried over from earlier years (from `reportsDepuis`), the extensions.
 */
export function reductionPinel(
  foyer: Population,
  period: Period,
  p: ParametresPinel,
  annee: number,
  zone: Zone,
  depuis: number,
  reportsDepuis: number,
): Float64Array {
  const tables = TABLES_PINEL[annee]!;
  const impose = period.start.year;
  let total: Float64Array<ArrayBufferLike> = new Float64Array(foyer.count);
  for (const [an, cases] of Object.entries(tables.investissements)) {
    if (Number(an) >= depuis && Number(an) <= impose) total = add(total, investissements(foyer, period, p, cases, zone));
  }
  for (const [an, cases] of Object.entries(tables.reports[zone])) {
    if (Number(an) >= reportsDepuis && Number(an) < impose) total = add(total, somme(foyer, period, cases));
  }
  for (const cases of Object.values(tables.prorogations)) total = add(total, prorogations(foyer, period, p, cases, zone));
  return total;
}
