/**
 * Zéro's own wording for every parameter the French model imports.
 *
 * Values, dates and legal references come from OpenFisca-France (facts); the
 * descriptions and labels below are written for Zéro. Used only by
 * `import-parameters.ts`, never at runtime.
 */
import { familleNodeWordings, familleParameterWordings } from "./parameter-descriptions-famille.ts";

import { aidesLogementNodeWordings, aidesLogementWordings } from "./parameter-descriptions-aides-logement.ts";

export interface ParameterWording {
  /** References to use when the source file gives none (written for Zéro, from the law). */
  readonly reference?: readonly { title: string; href?: string; since?: string }[];
  /** One sentence, in French, saying what the number is for. */
  readonly description: string;
  /** Short French label for tables and explanations. */
  readonly label: string;
}

const SMIC = "marche_travail/salaire_minimum/smic";
const PF = "prestations_sociales/prestations_familiales";
const AF = `${PF}/prestations_generales/af`;
const RSA = "prestations_sociales/solidarite_insertion/minima_sociaux/rsa";
const PPA = "prestations_sociales/solidarite_insertion/minima_sociaux/ppa";
const ASPA = "prestations_sociales/solidarite_insertion/minimum_vieillesse/aspa";

const EXPLOITANTS_AGRICOLES = [
  {
    title: "Code de l'action sociale et des familles, article R262-19 (exploitants agricoles, version antérieure à 2017)",
    href: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069",
    since: "2009-06-01",
  },
];

export const parameterWordings: Readonly<Record<string, ParameterWording>> = {
  ...aidesLogementWordings,
  ...familleParameterWordings,
  // Salaire minimum
  [`${SMIC}/smic_b_horaire`]: { label: "SMIC horaire brut", description: "Salaire minimum interprofessionnel de croissance, par heure de travail, avant cotisations." },
  [`${SMIC}/smic_b_mensuel`]: { label: "SMIC mensuel brut", description: "SMIC brut pour un mois de travail à temps plein (durée légale)." },
  [`${SMIC}/nb_heures_travail_mensuel`]: { label: "Heures mensuelles à temps plein", description: "Nombre d'heures d'un mois de travail à la durée légale, servant à passer du SMIC horaire au SMIC mensuel." },

  // Prélèvements
  ["prelevements_sociaux/contributions_sociales/crds"]: { label: "Taux de CRDS", description: "Taux de la contribution au remboursement de la dette sociale, prélevée notamment sur les prestations familiales et la prime d'activité." },

  // Impôt sur le revenu : déduction forfaitaire de 10 % (revenus catégoriels servant aux prestations familiales)
  ["impot_revenu/calcul_revenus_imposables/deductions/abatpro/taux"]: { label: "Taux de la déduction de 10 %", description: "Taux de la déduction forfaitaire pour frais professionnels appliquée aux salaires imposables." },
  ["impot_revenu/calcul_revenus_imposables/deductions/abatpro/min"]: { label: "Minimum de la déduction de 10 %", description: "Montant annuel minimal de la déduction forfaitaire pour frais professionnels, par salarié." },
  ["impot_revenu/calcul_revenus_imposables/deductions/abatpro/max"]: { label: "Plafond de la déduction de 10 %", description: "Montant annuel maximal de la déduction forfaitaire pour frais professionnels, par salarié." },

  // Épargne
  ["taxation_capital/epargne/livret_a/taux"]: { label: "Taux du livret A", description: "Taux d'intérêt annuel du livret A, qui sert aussi à évaluer le revenu de cette épargne dans les ressources du RSA." },

  // Prestations familiales : socle commun
  [`${PF}/bmaf/bmaf`]: { label: "BMAF", description: "Base mensuelle de calcul des allocations familiales : montant de référence dont la plupart des prestations familiales sont un pourcentage." },
  [`${PF}/def_pac/enfants/age_minimal`]: { label: "Âge minimal de l'enfant", description: "Âge à partir duquel un enfant est pris en compte pour les prestations familiales." },
  [`${PF}/def_pac/enfants/age_intermediaire`]: { label: "Fin de l'obligation scolaire", description: "Âge jusqu'auquel l'enfant est à charge sans autre condition (fin de l'obligation scolaire)." },
  [`${PF}/def_pac/enfants/age_limite`]: { label: "Âge limite de l'enfant", description: "Âge à partir duquel un enfant cesse d'ouvrir droit aux prestations familiales." },
  [`${PF}/def_pac/age_maximal_personnes_charge`]: { label: "Âge maximal de la personne à charge", description: "Âge au-delà duquel une personne n'est plus un enfant à charge au sens des prestations familiales." },
  [`${PF}/def_pac/revenu_plafond_pac_non_scolaire`]: { label: "Plafond de rémunération de l'enfant", description: "Rémunération mensuelle, en part du SMIC mensuel brut, au-delà de laquelle un enfant qui a fini sa scolarité n'est plus à charge." },

  // Allocations familiales : montants
  [`${AF}/af_cm/age1`]: { label: "Âge minimal (AF)", description: "Âge à partir duquel un enfant compte pour les allocations familiales." },
  [`${AF}/af_cm/age2`]: { label: "Âge maximal (AF)", description: "Âge à partir duquel un enfant ne compte plus dans le nombre d'enfants ouvrant droit aux allocations familiales." },
  [`${AF}/af_cm/age3`]: { label: "Âge maximal avec allocation forfaitaire", description: "Âge limite en tenant compte de l'allocation forfaitaire versée l'année des 20 ans." },
  [`${AF}/af_cm/facteur_garde_alternee`]: { label: "Coefficient de garde alternée", description: "Part des allocations familiales retenue pour un enfant en résidence alternée chez chacun des parents." },
  [`${AF}/af_cm/nb_enfants_min_pour_allocation`]: { label: "Nombre minimal d'enfants", description: "Nombre d'enfants à charge à partir duquel la famille a droit aux allocations familiales (hors DOM)." },
  [`${AF}/af_cm/taux/enf2`]: { label: "Taux pour le deuxième enfant", description: "Part de la BMAF versée au titre des deux premiers enfants à charge." },
  [`${AF}/af_cm/taux/enf3`]: { label: "Taux par enfant à partir du troisième", description: "Part de la BMAF ajoutée pour chaque enfant à charge à partir du troisième." },
  [`${AF}/af_cm/taux/nb_enf2`]: { label: "Rang du premier taux", description: "Nombre d'enfants à partir duquel le premier taux s'applique." },
  [`${AF}/af_cm/taux/nb_enf3`]: { label: "Rang du second taux", description: "Rang de l'enfant à partir duquel chaque enfant supplémentaire ajoute le second taux." },
  [`${AF}/af_cm/modulation/taux_tranche_1`]: { label: "Coefficient de modulation, tranche 1", description: "Coefficient appliqué aux allocations familiales quand les ressources ne dépassent pas le premier plafond." },
  [`${AF}/af_cm/modulation/taux_tranche_2`]: { label: "Coefficient de modulation, tranche 2", description: "Coefficient appliqué aux allocations familiales quand les ressources sont entre le premier et le second plafond." },
  [`${AF}/af_cm/modulation/taux_tranche_3`]: { label: "Coefficient de modulation, tranche 3", description: "Coefficient appliqué aux allocations familiales quand les ressources dépassent le second plafond." },

  // Allocations familiales : plafonds de ressources (modulation depuis juillet 2015)
  [`${AF}/af_cond_ress/plafond_tranche_1_base`]: { label: "Premier plafond, sans majoration", description: "Premier plafond annuel de ressources de la modulation, avant majoration pour enfant à charge." },
  [`${AF}/af_cond_ress/plafond_tranche_2_base`]: { label: "Second plafond, sans majoration", description: "Second plafond annuel de ressources de la modulation, avant majoration pour enfant à charge." },
  [`${AF}/af_cond_ress/plafond_tranche_1`]: { label: "Premier plafond, deux enfants", description: "Premier plafond annuel de ressources de la modulation pour une famille de deux enfants (valeur publiée)." },
  [`${AF}/af_cond_ress/plafond_tranche_2`]: { label: "Second plafond, deux enfants", description: "Second plafond annuel de ressources de la modulation pour une famille de deux enfants (valeur publiée)." },
  [`${AF}/af_cond_ress/majoration_plafond_par_enfant_supplementaire`]: { label: "Majoration par enfant", description: "Montant ajouté aux plafonds de la modulation pour chaque enfant à charge." },

  // Allocations familiales : majorations
  [`${AF}/af_maj/maj_age_deux_enfants/age1`]: { label: "Âge de la majoration", description: "Âge de l'enfant à partir duquel les allocations familiales sont majorées." },
  [`${AF}/af_maj/maj_age_deux_enfants/age2`]: { label: "Âge de la seconde majoration", description: "Âge à partir duquel la majoration pour âge était portée à un taux plus élevé (supprimé en 2008)." },
  [`${AF}/af_maj/maj_age_deux_enfants/taux1`]: { label: "Taux de la majoration", description: "Part de la BMAF ajoutée pour chaque enfant ayant atteint l'âge de la majoration." },
  [`${AF}/af_maj/maj_age_deux_enfants/taux2`]: { label: "Taux de la seconde majoration", description: "Part de la BMAF de la majoration pour les enfants ayant atteint le second âge (supprimé en 2008)." },
  [`${AF}/af_maj/majoration_enfants/allocation_forfaitaire/nb_enfants_min`]: { label: "Enfants requis pour l'allocation forfaitaire", description: "Nombre d'enfants (y compris celui qui atteint 20 ans) dont la famille doit avoir la charge pour percevoir l'allocation forfaitaire." },
  [`${AF}/af_maj/majoration_enfants/allocation_forfaitaire/taux`]: { label: "Taux de l'allocation forfaitaire", description: "Part de la BMAF versée pendant un an pour un enfant qui atteint 20 ans dans une famille nombreuse." },
  [`${AF}/af_maj/duree_majoration_plus_de_20_ans`]: { label: "Durée de l'allocation forfaitaire", description: "Durée, en années, du versement de l'allocation forfaitaire pour l'enfant de 20 ans." },
  [`${AF}/af_maj/nb_enfants_min_pour_aine_donne_droit_a_majoration`]: { label: "Enfants requis pour majorer l'aîné", description: "Nombre d'enfants à charge à partir duquel l'aîné ouvre lui aussi droit à la majoration pour âge." },
  [`${AF}/af_maj/nb_enfants_min_pour_majoration_forfaitaire_plus_20ans`]: { label: "Enfants requis (plus de 20 ans)", description: "Nombre d'enfants à partir duquel l'allocation forfaitaire de l'enfant de 20 ans est due." },

  // Allocations familiales dans les départements d'outre-mer
  [`${AF}/af_maj_dom/allocations_familiales_un_enfant`]: { label: "AF pour un seul enfant (DOM)", description: "Part de la BMAF versée, dans les départements d'outre-mer, à une famille qui n'a qu'un enfant à charge." },

  [`${AF}/af_maj_dom/majoration_premier_enfant/taux_tranche_1`]: { label: "Majoration de l'enfant unique, 1re tranche d'âge (DOM)", description: "Majoration pour âge, en part de la BMAF, de l'enfant unique d'une famille des DOM ayant atteint le premier âge." },
  [`${AF}/af_maj_dom/majoration_premier_enfant/taux_tranche_2`]: { label: "Majoration de l'enfant unique, 2e tranche d'âge (DOM)", description: "Majoration pour âge, en part de la BMAF, de l'enfant unique d'une famille des DOM ayant atteint le second âge." },
  [`${AF}/af_maj_dom/tranches_age/age_debut_premiere_tranche`]: { label: "Premier âge de majoration (DOM)", description: "Âge à partir duquel l'enfant unique d'une famille des DOM ouvre droit à la majoration pour âge." },
  [`${AF}/af_maj_dom/tranches_age/age_debut_deuxieme_tranche`]: { label: "Second âge de majoration (DOM)", description: "Âge à partir duquel la majoration de l'enfant unique d'une famille des DOM passe au taux supérieur." },

  // RSA : exploitants agricoles (jusqu'en 2016)
  [`${RSA}/exploitant_agricole/plafond_rsa`]: { reference: EXPLOITANTS_AGRICOLES, label: "Plafond de bénéfice agricole", description: "Bénéfice agricole annuel, en nombre de SMIC horaires bruts, au-delà duquel un exploitant agricole seul ne peut pas recevoir le RSA." },
  [`${RSA}/exploitant_agricole/maj_2p`]: { reference: EXPLOITANTS_AGRICOLES, label: "Majoration du plafond, 2e personne", description: "Majoration du plafond de bénéfice agricole pour la deuxième personne du foyer." },
  [`${RSA}/exploitant_agricole/maj_1e_2ad`]: { reference: EXPLOITANTS_AGRICOLES, label: "Majoration du plafond, 1er enfant d'un couple", description: "Majoration du plafond de bénéfice agricole pour le premier enfant d'un couple." },
  [`${RSA}/exploitant_agricole/maj_e_sup`]: { reference: EXPLOITANTS_AGRICOLES, label: "Majoration du plafond, enfant suivant", description: "Majoration du plafond de bénéfice agricole pour chaque autre enfant." },

  // Minimum vieillesse
  ["prestations_sociales/solidarite_insertion/minimum_vieillesse/aspa/age_min"]: { label: "Âge de l'ASPA", description: "Âge à partir duquel on peut demander l'allocation de solidarité aux personnes âgées, prestation à faire valoir avant le RSA." },
  [`${ASPA}/abattement_forfaitaire/personnes_seules`]: { label: "Abattement sur les revenus d'activité (personne seule)", description: "Part du SMIC mensuel brut retirée des revenus d'activité du trimestre de référence d'une personne seule avant de les comparer au plafond de l'ASPA." },
  [`${ASPA}/abattement_forfaitaire/couples`]: { label: "Abattement sur les revenus d'activité (couple)", description: "Part du SMIC mensuel brut retirée des revenus d'activité du trimestre de référence de chaque membre d'un couple pour l'ASPA." },
  [`${ASPA}/montant_maximum_annuel/personnes_seules`]: { label: "Montant maximal annuel (personne seule)", description: "ASPA annuelle la plus haute pour une personne seule, ou pour le seul bénéficiaire d'un couple." },
  [`${ASPA}/montant_maximum_annuel/couples`]: { label: "Montant maximal annuel (couple)", description: "ASPA annuelle la plus haute pour un couple dont les deux membres sont bénéficiaires." },
  [`${ASPA}/plafond_ressources/personnes_seules`]: { label: "Plafond de ressources annuel (personne seule)", description: "Ressources annuelles, ASPA comprise, qu'une personne seule ne peut dépasser." },
  [`${ASPA}/plafond_ressources/couples`]: { label: "Plafond de ressources annuel (couple)", description: "Ressources annuelles du couple, ASPA comprise, à ne pas dépasser, qu'un seul ou les deux membres soient bénéficiaires." },
  [`${ASPA}/duree_min_titre_sejour`]: { label: "Ancienneté du titre de séjour", description: "Nombre d'années de titre de séjour autorisant à travailler exigé d'un étranger hors EEE et Suisse pour l'ASPA." },
  [`${ASPA}/taux_incapacite_aspa_anticipe`]: { label: "Incapacité ouvrant l'ASPA à l'âge légal", description: "Taux d'incapacité à partir duquel l'ASPA peut être demandée dès l'âge légal de la retraite, comme pour une personne inapte au travail." },

  // RSA : conditions
  [`${RSA}/rsa_cond/age_minimum_allocataire`]: { label: "Âge minimal", description: "Âge à partir duquel une personne sans enfant peut demander le RSA." },
  [`${RSA}/rsa_cond/age_min_rsa_jeune`]: { label: "Âge minimal du RSA jeune actif", description: "Âge à partir duquel un jeune actif peut prétendre au RSA jeune." },
  [`${RSA}/rsa_cond/age_max_rsa_jeune`]: { label: "Âge maximal du RSA jeune actif", description: "Âge jusqu'auquel s'applique le régime du RSA jeune actif." },
  [`${RSA}/rsa_cond/rsa_jeune_en_heure`]: { label: "Activité requise pour le RSA jeune", description: "Nombre d'heures de travail à avoir accomplies sur les trois années précédentes pour le RSA jeune actif (deux ans d'activité)." },
  [`${RSA}/rsa_cond/age_pac`]: { label: "Âge maximal de l'enfant à charge", description: "Âge en dessous duquel une personne peut être un enfant à charge du foyer RSA." },
  [`${RSA}/rsa_cond/nombre_minimal_enfants`]: { label: "Enfants pour lever la condition d'âge", description: "Nombre d'enfants, nés ou à naître, qui permet de demander le RSA avant l'âge minimal." },
  [`${RSA}/rsa_cond/duree_min_titre_sejour/eee`]: { label: "Résidence préalable (EEE)", description: "Durée de résidence, en années, exigée d'un ressortissant de l'Espace économique européen non actif." },
  [`${RSA}/rsa_cond/duree_min_titre_sejour/non_eee`]: { label: "Titre de séjour préalable (hors EEE)", description: "Durée, en années, de détention d'un titre de séjour autorisant à travailler exigée d'un étranger hors EEE." },
  [`${RSA}/rsa_cond/majoration_isolement/age_limite_enfant`]: { label: "Âge du plus jeune enfant (majoration)", description: "Âge du plus jeune enfant jusqu'auquel la majoration pour isolement est maintenue." },
  [`${RSA}/rsa_cond/majoration_isolement/duree_du_droit`]: { label: "Durée de la majoration pour isolement", description: "Nombre de mois pendant lesquels la majoration pour isolement est due après la séparation, quand l'enfant a plus de 3 ans." },
  [`${RSA}/rsa_cond/patrimoine/abattement_valeur_locative_immo_non_loue`]: { label: "Revenu fictif des immeubles bâtis", description: "Part de la valeur locative d'un bien bâti non loué retenue comme ressource." },
  [`${RSA}/rsa_cond/patrimoine/abattement_valeur_locative_terrains_non_loues`]: { label: "Revenu fictif des terrains", description: "Part de la valeur locative d'un terrain non loué retenue comme ressource." },
  [`${RSA}/rsa_cond/patrimoine/taux_interet_forfaitaire_epargne_non_imposable`]: { label: "Revenu fictif de l'épargne", description: "Taux annuel appliqué aux capitaux non productifs de revenus pour évaluer une ressource." },

  // RSA : montants
  [`${RSA}/rsa_m/montant_de_base_du_rsa`]: { label: "Montant forfaitaire du RSA", description: "Montant forfaitaire mensuel du RSA pour une personne seule sans enfant, base de toutes les majorations." },
  [`${RSA}/rsa_m/pente`]: { label: "Pente du RSA activité", description: "Part des revenus d'activité ajoutée au montant forfaitaire (RSA activité, jusqu'à la création de la prime d'activité)." },
  [`${RSA}/rsa_maj/majoration_ressources_revenus_activite`]: { label: "Part des revenus d'activité ajoutée", description: "Part des revenus professionnels ajoutée au montant forfaitaire pour le RSA activité (jusqu'en 2015)." },
  [`${RSA}/rsa_maj/montant_minimum_verse`]: { label: "Seuil de versement", description: "Montant mensuel en dessous duquel le RSA n'est pas versé." },
  [`${RSA}/rsa_maj/maj_montant_max/couples_celibataire_avec_enfant`]: { label: "Majoration deuxième personne", description: "Majoration du montant forfaitaire, en part de celui-ci, pour la deuxième personne du foyer (conjoint ou premier enfant d'une personne seule)." },
  [`${RSA}/rsa_maj/maj_montant_max/couple_1_enfant_ou_2e_enfant`]: { label: "Majoration troisième personne", description: "Majoration, en part du montant forfaitaire, pour la troisième personne du foyer." },
  [`${RSA}/rsa_maj/maj_montant_max/par_enfant_supplementaire`]: { label: "Majoration par personne suivante", description: "Majoration, en part du montant forfaitaire, pour chaque personne à charge au-delà de la troisième personne du foyer." },
  [`${RSA}/rsa_maj/majoration_isolement_en_base_rsa/femmes_enceintes`]: { label: "RSA majoré : femme enceinte", description: "Montant du RSA majoré pour une personne isolée enceinte, en multiple du montant forfaitaire." },
  [`${RSA}/rsa_maj/majoration_isolement_en_base_rsa/par_enfant_a_charge`]: { label: "RSA majoré : par enfant", description: "Montant ajouté au RSA majoré pour chaque enfant à charge, en multiple du montant forfaitaire." },
  [`${RSA}/rsa_maj/majoration_isolement_en_base_rsa/age_limite_enfant`]: { label: "RSA majoré : âge de l'enfant", description: "Âge du plus jeune enfant jusqu'auquel le parent isolé garde le RSA majoré." },
  [`${RSA}/rsa_maj/forfait_asf/taux1`]: { label: "Forfait ASF, enfant orphelin des deux parents", description: "Montant retenu par enfant dans les ressources du RSA, en part de la BMAF, quand l'allocation de soutien familial est due pour un enfant privé de ses deux parents." },
  [`${RSA}/rsa_maj/forfait_asf/taux2`]: { label: "Forfait ASF, un parent manquant", description: "Montant retenu par enfant dans les ressources du RSA, en part de la BMAF, quand l'allocation de soutien familial est due parce qu'un parent manque ou ne verse pas de pension alimentaire." },
  [`${RSA}/rsa_fl/forfait_logement/taux_1_personne`]: { label: "Forfait logement, 1 personne", description: "Forfait logement du RSA pour un foyer d'une personne, en part du montant forfaitaire de base." },
  [`${RSA}/rsa_fl/forfait_logement/taux_2_personnes`]: { label: "Forfait logement, 2 personnes", description: "Forfait logement du RSA pour un foyer de deux personnes, en part du montant forfaitaire de base." },
  [`${RSA}/rsa_fl/forfait_logement/taux_3_personnes_ou_plus`]: { label: "Forfait logement, 3 personnes ou plus", description: "Forfait logement du RSA pour un foyer de trois personnes ou plus, en part du montant forfaitaire de base." },

  // Prime d'activité
  [`${PPA}/pa_cond/age_min`]: { label: "Âge minimal", description: "Âge à partir duquel on peut demander la prime d'activité." },
  [`${PPA}/pa_cond/seuil_aah_activite`]: { label: "Seuil d'activité des bénéficiaires de l'AAH", description: "Revenu professionnel mensuel, en multiple du SMIC horaire brut, au-delà duquel l'AAH compte comme revenu d'activité." },
  [`${PPA}/pa_fl/taux_forfait_logement/foyer_1_personne`]: { label: "Forfait logement, 1 personne", description: "Forfait logement de la prime d'activité pour un foyer d'une personne, en part du montant forfaitaire de base." },
  [`${PPA}/pa_fl/taux_forfait_logement/foyer_2_personnes`]: { label: "Forfait logement, 2 personnes", description: "Forfait logement de la prime d'activité pour un foyer de deux personnes, en part du montant forfaitaire de base." },
  [`${PPA}/pa_fl/taux_forfait_logement/foyer_3_personnes`]: { label: "Forfait logement, 3 personnes ou plus", description: "Forfait logement de la prime d'activité pour un foyer de trois personnes ou plus, en part du montant forfaitaire de base." },
  [`${PPA}/pa_m/montant_de_base`]: { label: "Montant forfaitaire", description: "Montant forfaitaire mensuel de la prime d'activité pour une personne seule sans enfant." },
  [`${PPA}/pa_m/majoration_ressources_revenus_activite`]: { label: "Pente", description: "Part des revenus professionnels du foyer ajoutée au montant forfaitaire." },
  [`${PPA}/pa_m/montant_minimum_verse`]: { label: "Seuil de versement", description: "Montant mensuel en dessous duquel la prime d'activité n'est pas versée." },
  [`${PPA}/pa_m/bonification/seuil_bonification`]: { label: "Début de la bonification", description: "Revenu professionnel mensuel, en multiple du SMIC horaire brut, à partir duquel la bonification individuelle commence." },
  [`${PPA}/pa_m/bonification/seuil_max_bonification`]: { label: "Plein de la bonification", description: "Revenu professionnel mensuel, en multiple du SMIC horaire brut, à partir duquel la bonification individuelle est maximale." },
  [`${PPA}/pa_m/bonification/taux_bonification_max`]: { label: "Bonification maximale", description: "Bonification individuelle maximale, en part du montant forfaitaire." },
  [`${PPA}/pa_m/majoration_montant_maximal/couples_seul_avec_enfant`]: { label: "Majoration deuxième personne", description: "Majoration du montant forfaitaire pour la deuxième personne du foyer, en part de celui-ci." },
  [`${PPA}/pa_m/majoration_montant_maximal/couple_1_enfant_2e_enfant`]: { label: "Majoration troisième personne", description: "Majoration du montant forfaitaire pour la troisième personne du foyer, en part de celui-ci." },
  [`${PPA}/pa_m/majoration_montant_maximal/par_enfant_supplementaire`]: { label: "Majoration par personne suivante", description: "Majoration du montant forfaitaire pour chaque personne à charge au-delà de la troisième, en part de celui-ci." },
  [`${PPA}/pa_m/majoration_isolement/femmes_enceintes`]: { label: "Majoration isolement : femme enceinte", description: "Montant forfaitaire majoré d'une personne isolée enceinte, en multiple du montant forfaitaire." },
  [`${PPA}/pa_m/majoration_isolement/par_enfant_charge`]: { label: "Majoration isolement : par enfant", description: "Montant ajouté au forfait majoré pour chaque enfant à charge d'un parent isolé, en multiple du montant forfaitaire." },
};

/** Node descriptions (index.yaml), also in Zéro's words. */
export const nodeWordings: Readonly<Record<string, string>> = {
  ...aidesLogementNodeWordings,
  ...familleNodeWordings,
  [PF]: "Prestations familiales (livre V du code de la sécurité sociale).",
  [`${AF}`]: "Allocations familiales (articles L521-1 et suivants du code de la sécurité sociale).",
  [RSA]: "Revenu de solidarité active (articles L262-1 et suivants du code de l'action sociale et des familles).",
  [PPA]: "Prime d'activité (articles L841-1 et suivants du code de la sécurité sociale).",
  [SMIC]: "Salaire minimum interprofessionnel de croissance (articles L3231-1 et suivants du code du travail).",
};
