import { type Scale } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { ageLegalAtteint, ageLegalMinimal } from "../../src/age-legal-retraite.ts";
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
  // longer à charge for the prestations familiales (R821-1) ; under the 80 % rate, the
  // right ends at the legal retirement age of the person's generation (L821-1, L161-17-2).
  reference: css("L821-1", "L821-2", "D821-1", "R821-1", "L161-17-2"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.aah;
      const tauxPlein: number = p.taux_capacite.taux_incapacite;
      const tauxRsdae: number = p.taux_capacite.taux_incapacite_rsdae;
      const ageMin: number = p.age_minimal;
      const ageSansCharge: number = p.age_fin_educ;
      const parGeneration: Scale = parameters(period).retraites.age_legal_par_generation;
      const ageMinLegal = ageLegalMinimal(parGeneration);
      const taux = individu("taux_incapacite", period);
      const rsdae = individu("aah_restriction_substantielle_durable_acces_emploi", period);
      const age = individu("age", period);
      const aCharge = individu("prestations_familiales_enfant_a_charge", period);
      const out = new Uint8Array(individu.count);
      // Under the full rate, people old enough to have reached their generation's legal age.
      const candidats: number[] = [];
      for (let i = 0; i < out.length; i++) {
        const a = age[i]!;
        const handicap = taux[i]! >= tauxPlein || (taux[i]! >= tauxRsdae && rsdae[i] === 1);
        const ageOk = a >= ageMin || (a >= ageSansCharge && !aCharge[i]);
        out[i] = handicap && ageOk ? 1 : 0;
        if (out[i] && taux[i]! < tauxPlein && a >= ageMinLegal) candidats.push(i);
      }
      const retraite = ageLegalAtteint(individu("date_naissance", period), age, period, parGeneration, candidats);
      for (const i of candidats) if (retraite[i]) out[i] = 0;
      return out;
    },
  },
});
