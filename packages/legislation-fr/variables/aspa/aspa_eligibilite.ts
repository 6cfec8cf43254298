import { ageInMonths, defineVariable, type Scale } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const aspa_eligibilite = defineVariable({
  name: "aspa_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Remplit les conditions d'âge et de séjour de l'ASPA",
  // 65 years old, or the legal retirement age of the person's generation for a person
  // unfit for work or with an incapacity of at least 50 % (CSS art. L815-1, R815-1 and
  // L351-7, R351-21 ; L161-17-2 for the age); nationality or residence permit condition
  // (CSS art. L816-1). The resources are checked by `aspa`.
  reference: css("L815-1", "R815-1", "L351-7", "R351-21", "L161-17-2", "L816-1"),
  formulas: {
    "2002-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const aspa = p.prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa;
      const ageMin: number = aspa.age_min;
      const tauxAnticipe: number = aspa.taux_incapacite_aspa_anticipe;
      const parGeneration: Scale = p.retraites.age_legal_par_generation;
      const naissance = individu("date_naissance", period);
      const age = individu("age", period);
      const inapte = individu("inapte_travail", period);
      const taux = individu("taux_incapacite", period);
      const nationalite = individu("asi_aspa_condition_nationalite", period);
      // No generation's legal age is lower than the lowest amount of the table.
      const ageLegalMin = Math.min(...parGeneration.amounts);
      const out = new Uint8Array(individu.count);
      // The early route (unfit for work or incapacity) needs the legal age of the person's
      // generation: worked out for those few only.
      const candidats: number[] = [];
      for (let i = 0; i < out.length; i++) {
        if (!nationalite[i]) continue;
        if (age[i]! >= ageMin) out[i] = 1;
        else if ((inapte[i] || taux[i]! >= tauxAnticipe) && age[i]! >= Math.floor(ageLegalMin)) candidats.push(i);
      }
      if (candidats.length === 0) return out;
      // The generation as a number: 1961 + 8 / 12 for September 1961; without a birth date
      // (0), the one an age given in years suggests, and that age in months.
      const mois = ageInMonths(naissance, period.start);
      const generation = new Float64Array(candidats.length);
      const moisCandidats = new Float64Array(candidats.length);
      candidats.forEach((i, k) => {
        if (naissance[i] === 0) {
          generation[k] = period.start.year - age[i]! - 0.5;
          moisCandidats[k] = 12 * age[i]!;
        } else {
          const d = new Date(naissance[i]! * 86_400_000);
          generation[k] = d.getUTCFullYear() + d.getUTCMonth() / 12;
          moisCandidats[k] = mois[i]!;
        }
      });
      const ageLegal = parGeneration.calc(generation);
      candidats.forEach((i, k) => {
        if (moisCandidats[k]! >= Math.round(12 * ageLegal[k]!)) out[i] = 1;
      });
      return out;
    },
  },
});
