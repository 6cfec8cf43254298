import { allOf, anyOf, eq, ge, gt, le, not, Period, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { areAuPlusMinimale, dateLimiteMoisSuivant } from "../../src/jeunes-helpers.ts";
import { TypesContratDeTravailType } from "../common/contrat_de_travail_type.ts";
import { TypesCategoriesDemandeurEmploi } from "./pole_emploi_categorie_demandeur_emploi.ts";
import { TypesLieuEmploiFormation } from "./lieu_emploi_ou_formation.ts";

export const agepi_eligible = defineVariable({
  name: "agepi_eligible",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Éligibilité à l'aide à la garde d'enfants pour parents isolés (AGEPI) de France Travail",
  // A parent alone with a child under 10, who has not received the AGEPI in the twelve months
  // before, registered in category 1, 2 or 3 (4 as a trainee, 5 in a contrat aidé), takes up in
  // France a CDI, a CDD or temporary work of 3 months or more, or a training of 40 hours or more,
  // asks at the latest in the month that follows, and receives no ARE or at most the minimum one
  // (délibération n° 2013-46 du 18 décembre 2013 de Pôle emploi, art. 4).
  reference: [
    ...codeTravail("L5312-1"),
    "Délibération n° 2013-46 du 18 décembre 2013 de Pôle emploi, article 4",
    "http://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n2013-46-du-18-dece.html?type=dossiers/2013/bope-n2013-128-du-24-decembre-20",
  ],
  formulas: {
    "2014-01-20": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const agepi = p.prestations_sociales.prestations_familiales.education_presence_parentale.agepi;
      const areMinimale = p.chomage.allocations_assurance_chomage.alloc_base.montant_minimum.apres_1979;

      const parentIsole = eq(individu.group("famille", "nb_parents", period), 1);
      const enfantGarde = gt(individu.group("famille", "agepi_nbenf", period), 0);
      // Twelve months ending the month before last, as OpenFisca-France counts them.
      const anneeGlissante = new Period("year", period.start, 1).offset(-1).offset(-1, "month");
      const nonPercueDansLAnnee = not(individu("agepi", anneeGlissante, "add"));

      const categorie = individu("pole_emploi_categorie_demandeur_emploi", period);
      const cat = (c: "categorie_1" | "categorie_2" | "categorie_3" | "categorie_4" | "categorie_5") =>
        eq(categorie, TypesCategoriesDemandeurEmploi.index(c));
      const categorieEligible = anyOf(
        cat("categorie_1"),
        cat("categorie_2"),
        cat("categorie_3"),
        allOf(cat("categorie_4"), individu("stagiaire", period)),
        allOf(cat("categorie_5"), individu("contrat_aide", period)),
      );

      const enFrance = not(eq(individu("lieu_emploi_ou_formation", period), TypesLieuEmploiFormation.index("non_renseigne")));
      const demandeATemps = le(individu("agepi_date_demande", period), dateLimiteMoisSuivant(individu("contrat_de_travail_debut", period)));

      const mayotte = individu.group("menage", "residence_mayotte", period);
      const areMin = where(mayotte, areMinimale.mayotte, areMinimale.montant_minimum_hors_mayotte);
      const areOk = areAuPlusMinimale(individu("allocation_retour_emploi_journaliere", period), areMin);

      const contrat = individu("contrat_de_travail_type", period);
      const troisMoisAuMoins = ge(individu("contrat_de_travail_duree", period), agepi.duree_cdd_ctt_minimum);
      const repriseEligible = anyOf(
        allOf(
          eq(contrat, TypesContratDeTravailType.index("formation")),
          ge(individu("duree_formation", period), agepi.duree_de_formation_minimum),
        ),
        eq(contrat, TypesContratDeTravailType.index("cdi")),
        allOf(eq(contrat, TypesContratDeTravailType.index("cdd")), troisMoisAuMoins),
        allOf(eq(contrat, TypesContratDeTravailType.index("ctt")), troisMoisAuMoins),
      );

      return allOf(parentIsole, enfantGarde, nonPercueDansLAnnee, categorieEligible, enFrance, demandeATemps, areOk, repriseEligible);
    },
  },
});
