import { allOf, anyOf, eq, lt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { TypesLieuResidence } from "./residence.ts";

export const carte_sncf_eleve_apprenti_eligibilite = defineVariable({
  name: "carte_sncf_eleve_apprenti_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Éligibilité à la carte SNCF élève et apprenti",
  // An apprentice under 23 or a pupil or student under 26, living in metropolitan France (the
  // SNCF's reduced-fare season ticket between home and school).
  reference: [
    "Code des transports, article L2121-1 (services ferroviaires de voyageurs et leurs tarifs)",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000023086525",
    "SNCF, carte élèves et apprentis",
    "https://www.sncf.com/fr/offres-voyageurs/cartes-tarifs-grandes-lignes/eleves-apprentis",
  ],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const carte = parameters(period).prestations_sociales.transport.carte_sncf_eleve_apprenti;
      const age = individu("age", period);
      return allOf(
        anyOf(
          allOf(lt(age, carte.age_apprenti), individu("apprenti", period)),
          allOf(lt(age, carte.age_etudiant), individu("etudiant", period)),
        ),
        eq(individu.group("menage", "residence", period), TypesLieuResidence.index("metropole")),
      );
    },
  },
});
