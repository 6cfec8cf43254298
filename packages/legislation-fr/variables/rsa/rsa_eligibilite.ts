import { defineVariable } from "@zero/engine";
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
      const adulteEligible = new Uint8Array(age.length);
      const etudie = new Uint8Array(age.length);
      const horsAspa = new Uint8Array(age.length);
      for (let i = 0; i < etudie.length; i++) {
        const ageOk = age[i]! >= ageMin || (age[i]! >= ageMinJeune && conditionJeune[i]);
        etudie[i] = etudiant[i] || activite[i] === etudiantIndex ? 1 : 0;
        adulteEligible[i] = ageOk && !etudie[i] ? 1 : 0;
        horsAspa[i] = eligibleAspa[i] ? 0 : 1;
      }
      const unParentAgeOk = famille.any(adulteEligible, "parent");
      // The RSA comes after the minimum vieillesse, which a foyer whose parents all meet
      // its age (or early, incapacity) conditions must claim first (CASF art. L262-10).
      const unParentHorsAspa = famille.any(horsAspa, "parent");
      const nationaliteOk = famille.valueFromPerson(nationalite, "demandeur", 0, 1);
      const tousEtudiants = famille.all(etudie, "parent");
      const enfants = famille("rsa_nb_enfants", period);
      const majore = famille("rsa_majore_eligibilite", period);
      const tns = famille("rsa_eligibilite_tns", period);
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        // A child to be born counts through the majoration of a pregnant woman alone.
        const conditionAge = unParentAgeOk[i] || enfants[i]! >= cond.nombre_minimal_enfants || majore[i];
        const etudes = tousEtudiants[i] && !majore[i];
        out[i] = conditionAge && nationaliteOk[i] && !etudes && tns[i] && unParentHorsAspa[i] ? 1 : 0;
      }
      return out;
    },
  },
});
