import { toDays } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { memberGroupIndex, toutNul } from "../../src/formula-helpers.ts";

/** Décret 2026-138: the age of the majoration rises to 18 for children turning 14 from then on. */
const REFORME_18_ANS = "2026-03-01";

export const af_majoration = defineVariable({
  name: "af_majoration",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Allocations familiales, majorations pour âge (après modulation)",
  // One majoration per child above the age threshold, except the eldest of a family of
  // fewer than three children; half for a child in alternating residence
  // (CSS art. L521-3, R521-2 and D521-2 ; décret 2026-138 for the age of 18).
  reference: css("L521-3", "R521-2", "D521-2", "L755-11", "D755-5"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const bmaf: number = pf.bmaf.bmaf;
      const af = pf.prestations_generales.af;
      const ages = af.af_maj.maj_age_deux_enfants;
      const nbMinAine: number = af.af_maj.nb_enfants_min_pour_aine_donne_droit_a_majoration;
      const facteurAlterne: number = af.af_cm.facteur_garde_alternee ?? 1;
      const reforme = period.start.toString() >= REFORME_18_ANS;
      // Children who turned 14 before the reform keep the former threshold.
      const ageAncien: number = reforme
        ? parameters("2026-02-01").prestations_sociales.prestations_familiales.prestations_generales.af.af_maj.maj_age_deux_enfants.age1
        : ages.age1;
      const tauxSelonAge = (age: number, seuil: number): number => {
        if (ages.age2 !== undefined && age >= ages.age2) return ages.taux2;
        if (seuil !== undefined && age >= seuil) return ages.taux1;
        return 0;
      };

      const nb = famille("af_nbenf", period);
      if (toutNul(nb)) return 0; // paid for one child overseas, two or more elsewhere
      const modulation = famille("af_taux_modulation", period);
      const aCharge = famille.members("prestations_familiales_enfant_a_charge", period);
      const age = famille.members("age", period);
      const naissance = famille.members("date_naissance", period);
      const alterne = famille.members("garde_alternee", period);
      const groupe = memberGroupIndex(famille);
      const ageMax: number = af.af_cm.age2;
      const reformeJours = toDays(REFORME_18_ANS);

      const total = new Float64Array(famille.count);
      const aine = new Float64Array(famille.count);
      const ageAine = new Float64Array(famille.count).fill(-1);
      for (let p = 0; p < groupe.length; p++) {
        if (!aCharge[p] || age[p]! >= ageMax) continue;
        let seuil: number = ages.age1;
        if (reforme) {
          const quatorzeAns =
            naissance[p] !== 0 ? addYears(naissance[p]!, ageAncien) : estimatedBirthday(period.start.toString(), age[p]!, ageAncien);
          if (quatorzeAns < reformeJours) seuil = ageAncien;
        }
        const g = groupe[p]!;
        const montant = tauxSelonAge(age[p]!, seuil) * (alterne[p] ? facteurAlterne : 1);
        total[g]! += montant;
        if (age[p]! > ageAine[g]!) {
          ageAine[g] = age[p]!;
          aine[g] = montant;
        }
      }
      // Overseas, the only child of a family also gets a majoration for age
      // (CSS art. L755-11 and D755-5).
      const dom = famille.valueFromPerson(famille.members("residence_dom_individu", period), "demandeur");
      const majDom = af.af_maj_dom;
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (nb[i] === 1 && dom[i] && majDom) {
          const a = ageAine[i]!;
          const t =
            a >= majDom.tranches_age.age_debut_deuxieme_tranche
              ? majDom.majoration_premier_enfant.taux_tranche_2
              : a >= majDom.tranches_age.age_debut_premiere_tranche
                ? majDom.majoration_premier_enfant.taux_tranche_1
                : 0;
          out[i] = bmaf * (t ?? 0) * modulation[i]!;
          continue;
        }
        if (nb[i]! < 2) continue;
        const taux = nb[i]! < nbMinAine ? total[i]! - aine[i]! : total[i]!;
        out[i] = bmaf * taux * modulation[i]!;
      }
      return out;
    },
  },
});

function addYears(days: number, years: number): number {
  const d = new Date(days * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return Math.round(d.getTime() / 86_400_000);
}

/** Without a birth date, assume the latest birthday compatible with the age at `at`. */
function estimatedBirthday(at: string, age: number, years: number): number {
  return addYears(toDays(at), years - age);
}
