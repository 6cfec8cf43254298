import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const aah_eligible = defineVariable({
  name: "aah_eligible",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Remplit les conditions de handicap et d'âge de l'AAH",
  // An incapacity of at least 80 %, or of 50 % with a substantial and lasting restriction
  // of access to employment (CSS art. L821-1, L821-2, D821-1) ; aged 20, or 16 when no
  // longer à charge for the prestations familiales (R821-1) ; under the 50 % rate, the
  // right ends at the legal retirement age (L821-1).
  reference: css("L821-1", "L821-2", "D821-1", "R821-1"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.aah;
      const tauxPlein: number = p.taux_capacite.taux_incapacite;
      const tauxRsdae: number = p.taux_capacite.taux_incapacite_rsdae;
      const ageMin: number = p.age_minimal;
      const ageSansCharge: number = p.age_fin_educ;
      const ageRetraite: number = p.age_legal_retraite;
      const taux = individu("taux_incapacite", period);
      const rsdae = individu("aah_restriction_substantielle_durable_acces_emploi", period);
      const age = individu("age", period);
      const aCharge = individu("prestations_familiales_enfant_a_charge", period);
      const out = new Uint8Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const a = age[i]!;
        const handicap = taux[i]! >= tauxPlein || (taux[i]! >= tauxRsdae && rsdae[i] === 1);
        const ageOk = a >= ageMin || (a >= ageSansCharge && !aCharge[i]);
        const avantRetraite = taux[i]! >= tauxPlein || a < ageRetraite;
        out[i] = handicap && ageOk && avantRetraite ? 1 : 0;
      }
      return out;
    },
  },
});
