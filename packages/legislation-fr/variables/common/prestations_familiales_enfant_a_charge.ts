import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const prestations_familiales_enfant_a_charge = defineVariable({
  name: "prestations_familiales_enfant_a_charge",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Enfant à charge au sens des prestations familiales",
  // Under 20; from the end of compulsory schooling, only if the child earns at most
  // 55 % of the monthly SMIC (CSS art. L512-3 and R512-2).
  reference: css("L512-3", "R512-2"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const pac = p.prestations_sociales.prestations_familiales.def_pac;
      const smicMensuel: number = p.marche_travail.salaire_minimum.smic.smic_b_mensuel;
      const ageMin: number = pac.enfants.age_minimal;
      const ageFinScolarite: number = pac.enfants.age_intermediaire;
      const ageLimite: number = pac.enfants.age_limite;
      const plafond = pac.revenu_plafond_pac_non_scolaire * smicMensuel;

      const enfant = individu("est_enfant_dans_famille", period);
      const age = individu("age", period);
      const salaire = individu("salaire_net", period);
      const autonome = individu("autonomie_financiere", period);
      const out = new Uint8Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const a = age[i]!;
        const remunere = a >= ageFinScolarite && salaire[i]! > plafond;
        out[i] = enfant[i] && a >= ageMin && a < ageLimite && !remunere && !autonome[i] ? 1 : 0;
      }
      return out;
    },
  },
});
