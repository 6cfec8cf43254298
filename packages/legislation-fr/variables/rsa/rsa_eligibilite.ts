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
  // (CASF art. L262-4, L262-6 and L262-7-1).
  reference: casf("L262-4", "L262-6", "L262-7-1"),
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

      const ageOk = new Uint8Array(age.length);
      const etudie = new Uint8Array(age.length);
      for (let i = 0; i < ageOk.length; i++) {
        ageOk[i] = age[i]! >= ageMin || (age[i]! >= ageMinJeune && conditionJeune[i]) ? 1 : 0;
        etudie[i] = etudiant[i] || activite[i] === etudiantIndex ? 1 : 0;
      }
      const unParentAgeOk = famille.any(ageOk, "parent");
      const nationaliteOk = famille.valueFromPerson(nationalite, "demandeur", 0, 1);
      const tousEtudiants = famille.all(etudie, "parent");
      const enceinte = famille.any(famille.members("enceinte", period), "parent");
      const enfants = famille("rsa_nb_enfants", period);
      const majore = famille("rsa_majore_eligibilite", period);
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const conditionAge = unParentAgeOk[i] || enfants[i]! >= cond.nombre_minimal_enfants || enceinte[i];
        const etudes = tousEtudiants[i] && !majore[i];
        out[i] = conditionAge && nationaliteOk[i] && !etudes ? 1 : 0;
      }
      return out;
    },
  },
});
