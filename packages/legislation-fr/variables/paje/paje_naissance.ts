import { add, allOf, between, countMembers, gt, le, mul, toDays, where, type Period } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { bmafPaje, plafondPrimesPaje } from "../../src/paje-plafonds.ts";

/** A month as a count of months (year × 12 + month − 1), and back to its first day in days. */
const moisNumero = (annee: number, mois: number): number => annee * 12 + mois - 1;
const premierJour = (numero: number): number => toDays(`${Math.floor(numero / 12)}-${String((numero % 12) + 1).padStart(2, "0")}-01`);

const MARS_2015 = moisNumero(2015, 3);
const FEVRIER_2021 = moisNumero(2021, 2);
const AVRIL_2021 = moisNumero(2021, 4);
const JUILLET_2021 = moisNumero(2021, 7);

/**
 * The births (a range of birth dates in days, [from, to)) whose prime is paid in this month
 * (CSS art. L531-2 and D531-2): in the seventh month of pregnancy, two months before the
 * birth, for births until February 2015; in the second month after the birth for births from
 * March 2015 to February 2021 (décret n° 2014-1714); in April 2021 for the pregnancies begun
 * from June to September 2020, born from March to June 2021 (LFSS 2021, art. 73, III); again
 * in the seventh month of pregnancy for the pregnancies begun since October 2020 (LFSS 2021,
 * art. 73, I and II). Without the start of the pregnancy, a birth's month tells the rule.
 */
function naissancesPayees(period: Period): readonly [number, number] | undefined {
  const p = moisNumero(period.start.year, period.start.month);
  if (p === AVRIL_2021) return [premierJour(p - 2), premierJour(JUILLET_2021)];
  if (p + 2 < MARS_2015 || p + 2 >= JUILLET_2021) return [premierJour(p + 2), premierJour(p + 3)];
  if (p - 2 >= MARS_2015 && p - 2 <= FEVRIER_2021) return [premierJour(p - 2), premierJour(p - 1)];
  return undefined;
}

export const paje_naissance = defineVariable({
  name: "paje_naissance",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prime à la naissance de la prestation d'accueil du jeune enfant",
  // One prime per child born or to be born, under the resources ceiling of the allocation de
  // base (its taux partiel ceiling for children born since April 2014), counting the children
  // à charge and those to be born (CSS art. L531-2, R531-1, D531-2); 229.75 % of the BMAF,
  // rounded to the cent, frozen at the April 2013 BMAF from April 2014 to March 2018 (LFSS
  // 2014, art. 74, III). Paid before or after the birth as the law of the time says (above).
  reference: css("L531-2", "R531-1", "D531-2"),
  formulas: {
    "2004-01-01": ({ famille, period, parameters }) => {
      const fenetre = naissancesPayees(period);
      if (fenetre === undefined) return 0;
      const naissance = famille.members("date_naissance", period);
      const concernes = allOf(famille.memberHasRole("enfant"), between(naissance, fenetre[0], fenetre[1]));
      const nbPrimes = countMembers(famille, concernes);
      if (toutNul(nbPrimes)) return 0;
      const p = parameters(period);
      const taux: number = p.prestations_sociales.prestations_familiales.petite_enfance.paje.paje_cm2.montant.prime_naissance;
      const prime = Math.round(100 * taux * bmafPaje(period, parameters)) / 100;
      // The children to be born count with those à charge (a child counts once born).
      const nbEnfants = add(famille("af_nbenf", period), countMembers(famille, allOf(concernes, gt(naissance, period.start.days))));
      const dateEnfant = famille.max(where(concernes, naissance, -Infinity), "enfant");
      const plafond = plafondPrimesPaje(famille, period, p, nbEnfants, dateEnfant);
      const ressources = famille("prestations_familiales_base_ressources", period);
      return where(le(ressources, plafond), mul(nbPrimes, prime));
    },
  },
});
