import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const aspa_eligibilite = defineVariable({
  name: "aspa_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Remplit les conditions d'âge et de séjour de l'ASPA",
  // 65 years old, or the legal retirement age for a person unfit for work or with an
  // incapacity of at least 50 % (CSS art. L815-1, R815-1 and L351-7, R351-21); nationality
  // or residence permit condition (CSS art. L816-1). The resources are checked by `aspa`.
  reference: css("L815-1", "R815-1", "L351-7", "R351-21", "L816-1"),
  formulas: {
    "2002-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).prestations_sociales;
      const aspa = p.solidarite_insertion.minimum_vieillesse.aspa;
      const ageMin: number = aspa.age_min;
      const tauxAnticipe: number = aspa.taux_incapacite_aspa_anticipe;
      const ageLegal: number = p.prestations_etat_de_sante.invalidite.aah.age_legal_retraite;
      const age = individu("age", period);
      const inapte = individu("inapte_travail", period);
      const taux = individu("taux_incapacite", period);
      const nationalite = individu("asi_aspa_condition_nationalite", period);
      const out = new Uint8Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const anticipe = age[i]! >= ageLegal && (inapte[i] || taux[i]! >= tauxAnticipe);
        out[i] = (age[i]! >= ageMin || anticipe) && nationalite[i] ? 1 : 0;
      }
      return out;
    },
  },
});
