import { add, allOf, anyOf, eq, ge, gt, le, mul, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { dateLimiteMoisSuivant } from "../../src/jeunes-helpers.ts";
import { TypesContratDeTravailType } from "../common/contrat_de_travail_type.ts";
import { ContexteActivitePoleEmploi } from "./contexte_activite_pole_emploi.ts";
import { DispositifsDeFormation } from "./dispositifs_formation.ts";
import { TypesLieuEmploiFormation } from "./lieu_emploi_ou_formation.ts";
import { TypesLieuResidence } from "./residence.ts";
import { TypesActiviteEnRechercheEmploi } from "./types_activite_en_recherche_emploi.ts";

export const aide_mobilite_eligible = defineVariable({
  name: "aide_mobilite_eligible",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Éligibilité à l'aide à la mobilité de France Travail",
  // (1) Looking for a job (asked within 7 days of the interview, exam or service), taking one up
  // or entering a training (asked at the latest in the month that follows); (2) for a CDI, or a CDD
  // or temporary work of 3 months or more, or a training of 40 hours or more validated and financed;
  // (3) in an eligible category; (4) with no ARE or at most the minimum one; (5) the activity in
  // France; (6) more than 60 km return from home (20 km outside the metropole) or more than 2 hours;
  // (7) not for a skills assessment, the driving licence, help to create a business or a VAE
  // (délibération n° 2021-42 du 8 juin 2021 de Pôle emploi).
  reference: [
    ...codeTravail("L5312-1"),
    "Délibération n° 2021-42 du 8 juin 2021 de Pôle emploi (aide à la mobilité)",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n-2021-42-du-8-juin-2021-bope-n2021-43.html?type=dossiers/2021/bope-n-2021-043-du-11-juin-2021",
  ],
  formulas: {
    "2021-06-09": ({ individu, period, parameters }) => {
      const amob = parameters(period).prestations_sociales.transport.aide_mobilite;

      // (1) the context and the date of the request
      const contexte = individu("contexte_activite_pole_emploi", period);
      const enRecherche = eq(contexte, ContexteActivitePoleEmploi.index("recherche_emploi"));
      const enReprise = eq(contexte, ContexteActivitePoleEmploi.index("reprise_emploi"));
      const enFormation = eq(contexte, ContexteActivitePoleEmploi.index("formation"));
      const demande = individu("aide_mobilite_date_demande", period);
      const aTempsRepriseFormation = le(demande, dateLimiteMoisSuivant(individu("contrat_de_travail_debut", period)));
      // Seven days from date to date: the day of the action and the six after.
      const aTempsRecherche = le(demande, add(individu("date_debut_recherche_emploi", period), amob.delai_max - 1));
      const contexteEligible = anyOf(allOf(enRecherche, aTempsRecherche), allOf(anyOf(enReprise, enFormation), aTempsRepriseFormation));

      // (2) the activity
      const activiteRecherche = individu("types_activite_en_recherche_emploi", period);
      const entretien = eq(activiteRecherche, TypesActiviteEnRechercheEmploi.index("entretien_embauche"));
      const enEntretien = allOf(entretien, enRecherche);
      const autreActiviteRecherche = allOf(
        not(anyOf(entretien, eq(activiteRecherche, TypesActiviteEnRechercheEmploi.index("indeterminee")))),
        enRecherche,
      );
      const contrat = individu("contrat_de_travail_type", period);
      const cdi = eq(contrat, TypesContratDeTravailType.index("cdi"));
      const cddCtt = allOf(
        anyOf(eq(contrat, TypesContratDeTravailType.index("cdd")), eq(contrat, TypesContratDeTravailType.index("ctt"))),
        ge(individu("contrat_de_travail_duree", period), amob.duree_de_contrat_minimum),
      );
      const formation = allOf(
        eq(contrat, TypesContratDeTravailType.index("formation")),
        enFormation,
        individu("formation_validee_pole_emploi", period),
        individu("formation_financee_ou_cofinancee", period),
        ge(individu("duree_formation", period), amob.duree_de_formation_minimum),
      );
      const activiteEligible = anyOf(allOf(anyOf(cdi, cddCtt), anyOf(enReprise, enEntretien)), formation, autreActiviteRecherche);

      // (5) in France
      const enFrance = not(eq(individu("lieu_emploi_ou_formation", period), TypesLieuEmploiFormation.index("non_renseigne")));

      // (6) distance or time of the return trip
      const residence = individu.group("menage", "residence", period);
      const metropole = eq(residence, TypesLieuResidence.index("metropole"));
      const residenceConnue = not(eq(residence, TypesLieuResidence.index("non_renseigne")));
      const allerRetour = mul(individu("distance_activite_domicile", period), 2);
      const loin = anyOf(
        allOf(gt(allerRetour, amob.distance_minimum.metropole), metropole),
        allOf(gt(allerRetour, amob.distance_minimum.hors_metropole), not(metropole), residenceConnue),
        allOf(gt(individu("aide_mobilite_duree_trajet", period), amob.duree_trajet_minimum), residenceConnue),
      );

      // (7) the excluded schemes
      const dispositifEligible = eq(individu("dispositifs_formation", period), DispositifsDeFormation.index("autre"));

      return allOf(
        contexteEligible,
        activiteEligible,
        individu("aide_mobilite_categories_demandeur_emploi_eligibles", period),
        individu("aide_mobilite_ressources_eligibles", period),
        enFrance,
        loin,
        dispositifEligible,
      );
    },
  },
});
