import { type Scale } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { ageLegalAtteint, ageLegalMinimal } from "../../src/age-legal-retraite.ts";
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
      const ageMinLegal = ageLegalMinimal(parGeneration);
      const out = new Uint8Array(individu.count);
      // The early route (unfit for work or incapacity) needs the legal age of the person's
      // generation: worked out for those few only.
      const candidats: number[] = [];
      for (let i = 0; i < out.length; i++) {
        if (!nationalite[i]) continue;
        if (age[i]! >= ageMin) out[i] = 1;
        else if ((inapte[i] || taux[i]! >= tauxAnticipe) && age[i]! >= ageMinLegal) candidats.push(i);
      }
      const atteint = ageLegalAtteint(naissance, age, period, parGeneration, candidats);
      for (const i of candidats) out[i] = atteint[i]!;
      return out;
    },
  },
});
