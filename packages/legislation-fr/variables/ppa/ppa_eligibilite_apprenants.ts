import { allOf, anyOf, lt, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
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
      // Earned less than the floor in one of the last three months.
      const sousPlancher = anyOf(
        ...previousMonths(period, 3).map((month) => lt(famille.members("ppa_revenu_activite_individu", month), plancher)),
      );
      const unExclu = famille.any(allOf(parent, anyOf(etudiant, stagiaire, apprenti), sousPlancher));
      const majore = famille("rsa_majore_eligibilite", period);
      return anyOf(not(unExclu), majore);
    },
  },
});

/**
 * The threshold is set on gross pay while the situation gives net pay: we convert with
 * the usual 22 % of employee contributions. Approximation, see ENGINE-NEEDS.md.
 */
const NET_SUR_BRUT = 0.78;
