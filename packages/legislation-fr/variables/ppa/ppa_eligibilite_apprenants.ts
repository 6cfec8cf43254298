import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";
import { previousMonths } from "../../src/formula-helpers.ts";

export const ppa_eligibilite_apprenants = defineVariable({
  name: "ppa_eligibilite_apprenants",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Condition de revenus des élèves, étudiants, stagiaires et apprentis pour la prime d'activité",
  // Pupils, students, trainees and apprentices qualify only if each month of the
  // reference quarter they earn at least 78 % of the monthly SMIC (CSS art. L842-2 and
  // D842-1), unless they qualify for the majoration for isolation.
  reference: css("L842-2", "D842-1"),
  formulas: {
    "2016-01-01": ({ famille, period, parameters }) => {
      const smic = parameters(period).marche_travail.salaire_minimum.smic;
      const plancher = 0.78 * smic.smic_b_mensuel * NET_SUR_BRUT;
      const etudiant = famille.members("etudiant", period);
      const stagiaire = famille.members("stagiaire", period);
      const apprenti = famille.members("apprenti", period);
      const parent = famille.memberHasRole("parent");
      const sousPlancher = new Uint8Array(parent.length);
      for (const month of previousMonths(period, 3)) {
        const revenus = famille.members("ppa_revenu_activite_individu", month);
        for (let i = 0; i < sousPlancher.length; i++) if (revenus[i]! < plancher) sousPlancher[i] = 1;
      }
      const exclu = new Uint8Array(parent.length);
      for (let i = 0; i < exclu.length; i++) {
        exclu[i] = parent[i] && (etudiant[i] || stagiaire[i] || apprenti[i]) && sousPlancher[i] ? 1 : 0;
      }
      const unExclu = famille.any(exclu);
      const majore = famille("rsa_majore_eligibilite", period);
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = !unExclu[i] || majore[i] ? 1 : 0;
      return out;
    },
  },
});

/**
 * The threshold is set on gross pay while the situation gives net pay: we convert with
 * the usual 22 % of employee contributions. Approximation, see ENGINE-NEEDS.md.
 */
const NET_SUR_BRUT = 0.78;
