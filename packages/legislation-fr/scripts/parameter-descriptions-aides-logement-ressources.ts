/**
 * Zéro's own wording for the parameters of the resources the aides au logement count:
 * abattements, planchers, students, dependants, patrimoine. Values, dates and legal references
 * come from OpenFisca-France (facts). Merged into `aidesLogementWordings`
 * (parameter-descriptions-aides-logement.ts); used only by import-parameters.ts.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const AL = "prestations_sociales/aides_logement/allocations_logement";
const F = `${AL}/locatif/formule`;

const RES = `${AL}/ressources`;
const ressources: Record<string, ParameterWording> = {
  [`${RES}/abattements/dar_1_double_activite`]: {
    label: "Abattement pour double activité",
    description:
      "Montant annuel retranché des ressources d'un couple dont les deux membres ont chacun des revenus d'activité au moins égaux à douze BMAF.",
  },
  [`${RES}/accession/dar_3_coef_plancher_ressources`]: {
    label: "Plancher de ressources en accession (coefficient)",
    description: "Multiple de la mensualité de remboursement formant le plancher des ressources annuelles retenues pour un accédant.",
  },
  [`${RES}/autres/dar_8`]: {
    label: "Plafond de salaire des jeunes isolés (évaluation forfaitaire)",
    description:
      "Salaire mensuel en dessous duquel l'évaluation forfaitaire des ressources ne s'applique pas à un demandeur seul de moins de 25 ans.",
  },
  [`${RES}/autres/dar_9`]: {
    label: "Plafond de salaire des jeunes couples (évaluation forfaitaire)",
    description:
      "Salaire mensuel du couple en dessous duquel l'évaluation forfaitaire des ressources ne s'applique pas quand un membre a moins de 25 ans.",
  },
  [`${RES}/etudiants/age_max`]: {
    label: "Âge maximal des étudiants (plancher de ressources)",
    description: "Âge à partir duquel le plancher de ressources propre aux étudiants ne s'applique plus au demandeur.",
  },
  [`${RES}/etudiants/locatif/dar_4_forfait_ressources`]: {
    label: "Plancher de ressources d'un étudiant locataire",
    description: "Ressources annuelles retenues au minimum pour un demandeur étudiant locataire.",
  },
  [`${RES}/etudiants/locatif/dar_5_minoration_boursier`]: {
    label: "Minoration du plancher d'un étudiant boursier locataire",
    description: "Montant retranché du plancher de ressources d'un étudiant locataire qui est boursier.",
  },
  [`${RES}/etudiants/foyer/dar_11_forfait_ressources_foyer`]: {
    label: "Plancher de ressources d'un étudiant en foyer",
    description: "Ressources annuelles retenues au minimum pour un demandeur étudiant logé en foyer ou en résidence du CROUS.",
  },
  [`${RES}/etudiants/foyer/dar_12_minoration_boursier`]: {
    label: "Minoration du plancher d'un étudiant boursier en foyer",
    description: "Montant retranché du plancher de ressources d'un étudiant boursier logé en foyer ou en résidence du CROUS.",
  },
  [`${F}/l_plafonds_loyers/coef_chambre_et_colocation/personne_agee_handicapee`]: {
    label: "Coefficient chambre, personne âgée ou handicapée hébergée",
    description:
      "Coefficient appliqué au loyer plafond d'une chambre occupée par une personne âgée ou handicapée hébergée à titre onéreux chez un particulier.",
  },
};

export const aidesLogementRessourcesWordings: Readonly<Record<string, ParameterWording>> = ressources;
