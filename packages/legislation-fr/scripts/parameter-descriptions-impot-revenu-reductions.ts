/**
 * Zéro's own wording for the income tax's parameters of the réductions d'impôt. Values, dates and legal
 * references come from OpenFisca-France (facts). Merged into `impotRevenuWordings`
 * (parameter-descriptions-impot-revenu.ts); used only by import-parameters.ts.
 */
import type { ParameterWording } from "./parameter-wording.ts";
import { REDUCTIONS } from "./parameter-descriptions-impot-revenu-paths.ts";

export const impotRevenuReductionsWordings: Readonly<Record<string, ParameterWording>> = {
  [`${REDUCTIONS}/divers/protection_patrimoine_naturel/taux`]: {
    label: "Taux de la réduction pour la protection du patrimoine naturel",
    description: "Fraction des dépenses de protection du patrimoine naturel de l'année retranchée de l'impôt (dépenses de 2010 à 2013).",
    reference: [{ title: "Code général des impôts, article 199 octovicies" }],
  },
  [`${REDUCTIONS}/divers/protection_patrimoine_naturel/plafond`]: {
    label: "Plafond des dépenses de protection du patrimoine naturel",
    description: "Montant annuel maximal des dépenses de protection du patrimoine naturel retenues pour la réduction d'impôt.",
    reference: [{ title: "Code général des impôts, article 199 octovicies" }],
  },
  [`${REDUCTIONS}/dons/taux_reduction`]: {
    label: "Taux de la réduction pour dons",
    description: "Part des dons aux œuvres et organismes d'intérêt général retranchée de l'impôt.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/plafond_dons`]: {
    label: "Plafond des dons en part du revenu imposable",
    description:
      "Part du revenu net imposable au-delà de laquelle les dons n'ouvrent pas droit à la réduction de l'année (l'excédent est reporté).",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_coluche/plafond`]: {
    label: "Plafond des dons aux organismes d'aide aux personnes en difficulté",
    description: "Montant des dons aux organismes fournissant gratuitement repas, soins ou logement ouvrant droit au taux majoré.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_coluche/taux`]: {
    label: "Taux majoré des dons aux organismes d'aide aux personnes en difficulté",
    description: "Taux de la réduction pour les dons aux organismes d'aide aux personnes en difficulté, dans leur plafond.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_aux_partis_politiques/plafond_seul`]: {
    label: "Plafond des dons aux partis politiques, par personne",
    description: "Montant annuel maximal des dons et cotisations aux partis et groupements politiques retenus, par déclarant.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_aux_partis_politiques/plafond_foyer`]: {
    label: "Plafond des dons aux partis politiques, par foyer",
    description: "Montant annuel maximal des dons et cotisations aux partis et groupements politiques retenus, par foyer fiscal.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_notre_dame/plafond`]: {
    label: "Plafond des dons pour Notre-Dame de Paris",
    description: "Montant des dons pour la restauration de Notre-Dame de Paris ouvrant droit au taux majoré (dons de 2019).",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_notre_dame/taux`]: {
    label: "Taux des dons pour Notre-Dame de Paris",
    description: "Taux de la réduction pour les dons pour la restauration de Notre-Dame de Paris, dans leur plafond.",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_cultuels/plafond_dons`]: {
    label: "Plafond des dons aux associations cultuelles au taux majoré",
    description: "Montant des dons aux associations cultuelles ouvrant droit au taux majoré (dons de 2021 et 2022).",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/dons/dons_patrimoine_religieux/plafond`]: {
    label: "Plafond des dons pour le patrimoine religieux au taux majoré",
    description: "Montant des dons pour la conservation du patrimoine religieux ouvrant droit au taux majoré (dons de 2023 à 2025).",
    reference: [{ title: "Code général des impôts, article 200" }],
  },
  [`${REDUCTIONS}/enfants_scolarises/college`]: {
    label: "Réduction par enfant au collège",
    description: "Réduction d'impôt par enfant à charge poursuivant des études au collège (la moitié en résidence alternée).",
    reference: [{ title: "Code général des impôts, article 199 quater F" }],
  },
  [`${REDUCTIONS}/enfants_scolarises/lycee`]: {
    label: "Réduction par enfant au lycée",
    description: "Réduction d'impôt par enfant à charge poursuivant des études au lycée (la moitié en résidence alternée).",
    reference: [{ title: "Code général des impôts, article 199 quater F" }],
  },
  [`${REDUCTIONS}/enfants_scolarises/universite`]: {
    label: "Réduction par enfant dans l'enseignement supérieur",
    description: "Réduction d'impôt par enfant à charge poursuivant des études supérieures (la moitié en résidence alternée).",
    reference: [{ title: "Code général des impôts, article 199 quater F" }],
  },
  [`${REDUCTIONS}/divers/interets_paiements_differes_agriculteurs/plafond`]: {
    label: "Plafond des intérêts de paiement différé des agriculteurs",
    description: "Montant des intérêts retenus, par déclarant, pour la réduction au titre du paiement différé accordé aux agriculteurs.",
    reference: [{ title: "Code général des impôts, article 199 vicies A" }],
  },
  [`${REDUCTIONS}/divers/interets_paiements_differes_agriculteurs/taux`]: {
    label: "Taux de la réduction pour paiement différé des agriculteurs",
    description: "Part des intérêts dus pour un paiement différé accordé aux agriculteurs retranchée de l'impôt.",
    reference: [{ title: "Code général des impôts, article 199 vicies A" }],
  },
  [`${REDUCTIONS}/divers/frais_de_comptabilite/plafond`]: {
    label: "Plafond de la réduction pour frais de comptabilité",
    description: "Montant maximal, par activité, de la réduction pour frais de comptabilité et d'adhésion à un centre de gestion agréé.",
    reference: [{ title: "Code général des impôts, article 199 quater B" }],
  },
  [`${REDUCTIONS}/cotisations_syndicales/plafond`]: {
    label: "Plafond des cotisations syndicales (réduction)",
    description:
      "Part des salaires et pensions imposables au-delà de laquelle les cotisations syndicales ne sont pas retenues (réduction, jusqu'en 2011).",
    reference: [{ title: "Code général des impôts, article 199 quater C" }],
  },
  [`${REDUCTIONS}/cotisations_syndicales/taux`]: {
    label: "Taux de la réduction pour cotisations syndicales",
    description: "Part des cotisations syndicales retranchée de l'impôt (réduction, jusqu'en 2011).",
    reference: [{ title: "Code général des impôts, article 199 quater C" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond`]: {
    label: "Emploi à domicile (réduction) : plafond annuel des dépenses",
    description: "Plafond annuel des dépenses retenues pour l'emploi d'un salarié à domicile, avant ses majorations.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond_1ere_annee`]: {
    label: "Emploi à domicile (réduction) : plafond de la première année",
    description: "Plafond des dépenses retenues la première année où le contribuable emploie directement un salarié à domicile.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond_invalides`]: {
    label: "Emploi à domicile (réduction) : plafond des personnes invalides",
    description:
      "Plafond des dépenses retenues lorsqu'un membre du foyer est invalide (carte d'invalidité ou pension d'invalidité de 3e catégorie).",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond_maximum`]: {
    label: "Emploi à domicile (réduction) : plafond majoré maximal",
    description: "Montant que le plafond majoré (par personne à charge ou de plus de 65 ans) ne peut dépasser.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/plafond_maximum_1ere_annee`]: {
    label: "Emploi à domicile (réduction) : plafond majoré maximal de la première année",
    description: "Montant que le plafond majoré de la première année d'emploi direct ne peut dépasser.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/increment_plafond`]: {
    label: "Emploi à domicile (réduction) : majoration du plafond par personne",
    description:
      "Majoration du plafond des dépenses par enfant à charge (la moitié en résidence alternée) et membre du foyer de plus de 65 ans.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/emploi_salarie_domicile/taux`]: {
    label: "Emploi à domicile (réduction) : taux",
    description: "Part des dépenses retenues pour l'emploi d'un salarié à domicile retranchée de l'impôt ou restituée.",
    reference: [{ title: "Code général des impôts, article 199 sexdecies" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/plafond_celibataire`]: {
    label: "FCPI et FIP : plafond des versements d'une personne seule",
    description: "Montant annuel des souscriptions de parts de FCPI ou de FIP retenu pour une personne seule (doublé pour un couple).",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/taux`]: {
    label: "FCPI et FIP : taux de la réduction",
    description:
      "Part des souscriptions de parts de fonds communs de placement dans l'innovation et de fonds d'investissement de proximité retranchée de l'impôt.",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/taux_corse`]: {
    label: "FIP corses : taux de la réduction",
    description: "Taux de la réduction pour les souscriptions de parts de fonds d'investissement de proximité investis en Corse.",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/taux_outre_mer`]: {
    label: "FIP d'outre-mer : taux de la réduction",
    description: "Taux de la réduction pour les souscriptions de parts de fonds d'investissement de proximité investis outre-mer.",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/souscriptions/souscriptions_parts_fcpi_fip/taux_special`]: {
    label: "FCPI et FIP : taux majoré temporaire",
    description:
      "Taux majoré de la réduction pour les souscriptions de parts de FCPI et de FIP de la période où il s'applique (2020 et 2021).",
    reference: [{ title: "Code général des impôts, article 199 terdecies-0 A" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/invlst/seuil1`]: {
    label: "Investissement touristique : plafond des dépenses",
    description:
      "Montant des dépenses retenues pour la réduction en faveur de l'investissement locatif dans le secteur touristique (doublé pour un couple).",
    reference: [{ title: "Code général des impôts, articles 199 decies E à 199 decies G" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/invlst/taux_xi`]: {
    label: "Investissement touristique : taux, logements neufs",
    description: "Taux de la réduction pour l'acquisition de logements neufs dans une résidence de tourisme.",
    reference: [{ title: "Code général des impôts, articles 199 decies E à 199 decies G" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/invlst/taux_xj`]: {
    label: "Investissement touristique : taux, réhabilitation",
    description: "Taux de la réduction pour les travaux de reconstruction, d'agrandissement ou de réhabilitation de logements de tourisme.",
    reference: [{ title: "Code général des impôts, articles 199 decies E à 199 decies G" }],
  },
  [`${REDUCTIONS}/investissements_immobiliers/invlst/taux_xo`]: {
    label: "Investissement touristique : taux, résidence hôtelière à vocation sociale",
    description: "Taux de la réduction pour les investissements dans une résidence hôtelière à vocation sociale (jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, articles 199 decies E à 199 decies G" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/plafond`]: {
    label: "Malraux : plafond des dépenses",
    description: "Montant des dépenses de restauration immobilière retenues (sur quatre années consécutives depuis 2016).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_30`]: {
    label: "Malraux : taux de 30 %",
    description:
      "Taux de la réduction pour les travaux dans un site patrimonial remarquable couvert par un plan de sauvegarde et de mise en valeur, ou dans un quartier ancien dégradé.",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_22`]: {
    label: "Malraux : taux de 22 %",
    description:
      "Taux de la réduction pour les travaux dans un site patrimonial remarquable non couvert par un plan de sauvegarde et de mise en valeur.",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_ra`]: {
    label: "Malraux : taux des dépenses de la case RA",
    description: "Taux de la réduction pour les dépenses en zone de protection du patrimoine (cases 7RA, jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_rb`]: {
    label: "Malraux : taux des dépenses de la case RB",
    description: "Taux de la réduction pour les dépenses en secteur sauvegardé ou quartier dégradé (cases 7RB, jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_rc`]: {
    label: "Malraux : taux des dépenses de la case RC",
    description: "Taux de la réduction pour les dépenses en zone de protection engagées à partir de 2011 (cases 7RC, jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
  [`${REDUCTIONS}/divers/restauration_patrimoine_bati/taux_rd`]: {
    label: "Malraux : taux des dépenses de la case RD",
    description: "Taux de la réduction pour les dépenses en secteur sauvegardé engagées à partir de 2011 (cases 7RD, jusqu'en 2015).",
    reference: [{ title: "Code général des impôts, article 199 tervicies" }],
  },
};
