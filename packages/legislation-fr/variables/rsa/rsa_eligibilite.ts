import { allOf, anyOf, eq, ge, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { TypesActivite } from "../common/activite.ts";

export const rsa_eligibilite = defineVariable({
  name: "rsa_eligibilite",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Éligibilité du foyer au RSA (âge, nationalité, études)",
  // 25 years old, or a child born or to be born, or the RSA jeune actif condition of
  // work; French, EEA or five years of work permit; not a student unless a parent alone
  // (CASF art. L262-4, L262-6 and L262-7-1); self-employed conditions until 2016.
  reference: casf("L262-4", "L262-6", "L262-7-1", "L262-10"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const cond = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond;
      const ageMin: number = cond.age_minimum_allocataire;
      const ageMinJeune: number = cond.age_min_rsa_jeune ?? Infinity;
      const age = famille.members("age", period);
      const conditionJeune = famille.members("rsa_jeune_condition_heures_travail_remplie", period);
      const nationalite = famille.members("rsa_condition_nationalite", period);
      const etudiant = famille.members("etudiant", period);
      const activite = famille.members("activite", period);
      const etudiantIndex = TypesActivite.index("etudiant");

      const eligibleAspa = famille.members("aspa_eligibilite", period);
      const ageOk = anyOf(ge(age, ageMin), allOf(ge(age, ageMinJeune), conditionJeune));
      const etudie = anyOf(etudiant, eq(activite, etudiantIndex));
      const unParentAgeOk = famille.any(allOf(ageOk, not(etudie)), "parent");
      // The RSA comes after the minimum vieillesse, which a foyer whose parents all meet
      // its age (or early, incapacity) conditions must claim first (CASF art. L262-10).
      const unParentHorsAspa = famille.any(not(eligibleAspa), "parent");
      const nationaliteOk = famille.valueFromPerson(nationalite, "demandeur", 0, 1);
      const tousEtudiants = famille.all(etudie, "parent");
      const enfants = famille("rsa_nb_enfants", period);
      const majore = famille("rsa_majore_eligibilite", period);
      const tns = famille("rsa_eligibilite_tns", period);
      // A child to be born counts through the majoration of a pregnant woman alone.
      const conditionAge = anyOf(unParentAgeOk, ge(enfants, cond.nombre_minimal_enfants), majore);
      const etudes = allOf(tousEtudiants, not(majore));
      return allOf(conditionAge, nationaliteOk, not(etudes), tns, unParentHorsAspa);
    },
  },
});
