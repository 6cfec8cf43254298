/**
 * Zéro's own wording for the parameters of the aides des jeunes, des étudiants, du logement et de la culture. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";
import { CODE_EDUCATION, EDU } from "./parameter-descriptions-jeunes-paths.ts";
import { BRS, jeunesCultureWordings, ZONES_ABC } from "./parameter-descriptions-jeunes-culture.ts";
import { AAE, BCS, jeunesSuperieurWordings, LEP, LS, TERRITOIRES_LEP } from "./parameter-descriptions-jeunes-superieur.ts";

const BOURSES = `${EDU}/bourses/bourses_education`;
const COLLEGE = `${BOURSES}/bourse_college`;
const LYCEE = `${BOURSES}/bourse_lycee`;

const collegeAvant2016 = [
  {
    title: "Code de l'éducation, articles D531-1 à D531-5 (bourse de collège : plafonds selon les enfants à charge)",
    href: CODE_EDUCATION,
  },
];
const lyceeAvant2016 = [
  { title: "Code de l'éducation, articles D531-19 à D531-23 (bourse de lycée : points de charge et parts)", href: CODE_EDUCATION },
];

const enfants = (n: number): string => (n === 8 ? "huit enfants ou plus" : n === 1 ? "un enfant" : `${n} enfants`);

const bourses: Record<string, ParameterWording> = {
  [`${COLLEGE}/avant_2016/coeff_enfant_supplementaire`]: {
    label: "Majoration des plafonds par enfant (collège, avant 2016)",
    description:
      "Part des plafonds de ressources de la bourse de collège ajoutée pour chaque enfant à charge (barème d'avant la rentrée 2016).",
    reference: collegeAvant2016,
  },
};
for (const taux of [1, 2, 3]) {
  bourses[`${COLLEGE}/avant_2016/plafond_taux_${taux}`] = {
    label: `Plafond de ressources du taux ${taux} (collège, avant 2016)`,
    description: `Revenu fiscal de référence de base au-dessous duquel la bourse de collège est accordée au taux ${taux}, avant sa majoration par enfant (barème d'avant la rentrée 2016).`,
    reference: collegeAvant2016,
  };
  bourses[`${COLLEGE}/montant_taux_${taux}`] = {
    label: `Montant annuel de l'échelon ${taux} de la bourse de collège`,
    description: `Montant annuel par enfant de l'échelon ${taux} de la bourse de collège, en fraction de la base mensuelle des allocations familiales.`,
  };
  for (let n = 1; n <= 8; n++) {
    bourses[`${COLLEGE}/apres_2016/echelon_${taux}/plafond_${n}e`] = {
      label: `Plafond de l'échelon ${taux} de la bourse de collège, ${enfants(n)}`,
      description: `Revenu fiscal de référence maximal pour l'échelon ${taux} de la bourse de collège pour une famille avec ${enfants(n)} à charge, en nombre de fois le SMIC horaire brut.`,
    };
  }
}
for (let echelon = 1; echelon <= 6; echelon++) {
  bourses[`${LYCEE}/apres_2016/echelon_${echelon}/montant`] = {
    label: `Montant annuel de l'échelon ${echelon} de la bourse de lycée`,
    description: `Montant annuel par lycéen de l'échelon ${echelon} de la bourse de lycée, en nombre de fois la base mensuelle des allocations familiales.`,
  };
  for (let n = 1; n <= 8; n++) {
    bourses[`${LYCEE}/apres_2016/echelon_${echelon}/plafond_${n}e`] = {
      label: `Plafond de l'échelon ${echelon} de la bourse de lycée, ${enfants(n)}`,
      description: `Revenu fiscal de référence maximal pour l'échelon ${echelon} de la bourse de lycée pour une famille avec ${enfants(n)} à charge, en nombre de fois le SMIC horaire brut.`,
    };
  }
}
bourses[`${LYCEE}/avant_2016/valeur_part`] = {
  label: "Valeur d'une part de bourse de lycée (avant 2016)",
  description: "Montant annuel d'une part de bourse de lycée, multiplié par le nombre de parts accordé (barème d'avant la rentrée 2016).",
  reference: lyceeAvant2016,
};
for (let parts = 3; parts <= 10; parts++) {
  bourses[`${LYCEE}/avant_2016/plafonds_reference/${parts}_parts`] = {
    label: `Plafond de référence pour ${parts} parts (lycée, avant 2016)`,
    description: `Revenu fiscal de référence au-dessous duquel ${parts} parts de bourse de lycée sont accordées à une famille de 9 points de charge (barème d'avant la rentrée 2016).`,
    reference: lyceeAvant2016,
  };
  bourses[`${LYCEE}/avant_2016/increments_par_point_de_charge/${parts}_parts`] = {
    label: `Majoration par point de charge pour ${parts} parts (lycée, avant 2016)`,
    description: `Montant ajouté au plafond de référence pour ${parts} parts de bourse de lycée par point de charge au-delà de 9 (barème d'avant la rentrée 2016).`,
    reference: lyceeAvant2016,
  };
}

const AGEPI = "prestations_sociales/prestations_familiales/education_presence_parentale/agepi";
const AMOB = "prestations_sociales/transport/aide_mobilite";
const ARE_MIN = "chomage/allocations_assurance_chomage/alloc_base/montant_minimum/apres_1979";

const deliberationAgepi = [
  {
    title: "Délibération n° 2013-46 du 18 décembre 2013 du conseil d'administration de Pôle emploi, article 4",
    href: "https://www.bo-pole-emploi.org/bulletinsofficiels/deliberation-n2013-46-du-18-dece.html?type=dossiers/2013/bope-n2013-128-du-24-decembre-20",
  },
];

const franceTravail: Record<string, ParameterWording> = {
  [`${AGEPI}/age_enfant_maximum`]: {
    label: "Âge limite des enfants (AGEPI)",
    description: "Âge à partir duquel un enfant gardé n'ouvre plus droit à l'aide à la garde d'enfants pour parents isolés.",
    reference: deliberationAgepi,
  },
  [`${AGEPI}/duree_cdd_ctt_minimum`]: {
    label: "Durée minimale du CDD ou de l'intérim (AGEPI)",
    description: "Durée minimale, en mois, du contrat à durée déterminée ou de travail temporaire repris qui ouvre droit à l'AGEPI.",
    reference: deliberationAgepi,
  },
  [`${AGEPI}/duree_de_formation_minimum`]: {
    label: "Durée minimale de la formation (AGEPI)",
    description: "Durée minimale, en heures, de la formation suivie qui ouvre droit à l'AGEPI.",
    reference: deliberationAgepi,
  },
  [`${AGEPI}/intensite_hebdomadaire_seuil`]: {
    label: "Seuil d'heures par semaine (AGEPI)",
    description: "Nombre d'heures de travail ou de formation par semaine à partir duquel l'AGEPI est versée à son montant majoré.",
    reference: deliberationAgepi,
  },
  [`${AGEPI}/intensite_mensuelle_seuil`]: {
    label: "Seuil d'heures par mois (AGEPI)",
    description: "Nombre d'heures de travail ou de formation par mois à partir duquel l'AGEPI est versée à son montant majoré.",
    reference: deliberationAgepi,
  },
  [`${AMOB}/delai_max`]: {
    label: "Délai de demande après l'action de recherche d'emploi (aide à la mobilité)",
    description:
      "Nombre de jours, de date à date, après l'entretien, le concours ou la prestation dans lequel l'aide à la mobilité doit être demandée.",
  },
  [`${AMOB}/duree_de_contrat_minimum`]: {
    label: "Durée minimale du contrat (aide à la mobilité)",
    description: "Durée minimale, en mois, du contrat à durée déterminée ou de travail temporaire qui ouvre droit à l'aide à la mobilité.",
  },
  [`${AMOB}/duree_de_formation_minimum`]: {
    label: "Durée minimale de la formation (aide à la mobilité)",
    description: "Durée minimale, en heures, de la formation qui ouvre droit à l'aide à la mobilité.",
  },
  [`${AMOB}/duree_trajet_minimum`]: {
    label: "Durée minimale du trajet aller-retour (aide à la mobilité)",
    description:
      "Durée, en minutes, du trajet aller-retour entre le domicile et le lieu de l'activité au-delà de laquelle l'aide à la mobilité est due.",
  },
  [`${AMOB}/distance_minimum/metropole`]: {
    label: "Distance minimale aller-retour en métropole (aide à la mobilité)",
    description:
      "Distance aller-retour, en kilomètres, entre le domicile et le lieu de l'activité au-delà de laquelle l'aide à la mobilité est due en métropole.",
  },
  [`${AMOB}/distance_minimum/hors_metropole`]: {
    label: "Distance minimale aller-retour outre-mer (aide à la mobilité)",
    description:
      "Distance aller-retour, en kilomètres, entre le domicile et le lieu de l'activité au-delà de laquelle l'aide à la mobilité est due hors de la métropole.",
  },
  [`${AMOB}/montants/deplacement`]: {
    label: "Frais de déplacement par kilomètre (aide à la mobilité)",
    description: "Montant pris en charge par kilomètre parcouru au titre des frais de déplacement de l'aide à la mobilité.",
  },
  [`${AMOB}/montants/derogatoire`]: {
    label: "Plafond annuel dérogatoire (aide à la mobilité)",
    description: "Montant annuel maximal de l'aide à la mobilité accordée par dérogation.",
  },
  [`${AMOB}/montants/hebergement`]: {
    label: "Frais d'hébergement par nuitée (aide à la mobilité)",
    description: "Montant pris en charge par nuitée au titre des frais d'hébergement de l'aide à la mobilité.",
  },
  [`${AMOB}/montants/maximum`]: {
    label: "Plafond annuel (aide à la mobilité)",
    description: "Montant maximal de l'aide à la mobilité sur douze mois glissants.",
  },
  [`${AMOB}/montants/repas`]: {
    label: "Frais de repas par jour (aide à la mobilité)",
    description: "Montant pris en charge par repas au titre des frais de repas de l'aide à la mobilité.",
  },
  [`${ARE_MIN}/montant_minimum_hors_mayotte`]: {
    label: "Allocation d'aide au retour à l'emploi minimale, hors Mayotte",
    description: "Montant journalier minimal de l'allocation d'aide au retour à l'emploi hors de Mayotte.",
  },
  [`${ARE_MIN}/mayotte`]: {
    label: "Allocation d'aide au retour à l'emploi minimale, Mayotte",
    description: "Montant journalier minimal de l'allocation d'aide au retour à l'emploi à Mayotte.",
  },
};

const ACTION_LOGEMENT = "prestations_sociales/aides_logement/action_logement";
const VISALE = `${ACTION_LOGEMENT}/visale`;

const actionLogement: Record<string, ParameterWording> = {
  [`${VISALE}/eligibilite/age_max`]: {
    label: "Âge maximal (Visale)",
    description: "Âge jusqu'auquel un locataire peut obtenir la garantie Visale sans autre condition de situation.",
  },
  [`${VISALE}/quote_part_aides_logement`]: {
    label: "Part des aides au logement comptée (Visale)",
    description: "Part des aides au logement du logement demandé comptée dans les ressources du locataire pour la garantie Visale.",
  },
  [`${VISALE}/plafond_loyer/cas_general/ile_de_france`]: {
    label: "Loyer maximal en Île-de-France (Visale)",
    description: "Loyer charges comprises au-delà duquel la garantie Visale n'est pas accordée en Île-de-France.",
  },
  [`${VISALE}/plafond_loyer/cas_general/hors_ile_de_france`]: {
    label: "Loyer maximal hors Île-de-France (Visale)",
    description: "Loyer charges comprises au-delà duquel la garantie Visale n'est pas accordée hors d'Île-de-France.",
  },
  [`${VISALE}/plafond_loyer/etudiant/ile_de_france`]: {
    label: "Loyer garanti à un étudiant en Île-de-France (Visale)",
    description:
      "Loyer charges comprises que la garantie Visale accepte pour un étudiant en Île-de-France quelles que soient ses ressources.",
  },
  [`${VISALE}/plafond_loyer/etudiant/hors_ile_de_france`]: {
    label: "Loyer garanti à un étudiant hors Île-de-France (Visale)",
    description:
      "Loyer charges comprises que la garantie Visale accepte pour un étudiant hors d'Île-de-France quelles que soient ses ressources.",
  },
  [`${ACTION_LOGEMENT}/locapass/age_max`]: {
    label: "Âge maximal des jeunes (avance Loca-Pass)",
    description: "Âge jusqu'auquel un jeune au chômage ou en alternance peut obtenir l'avance Loca-Pass.",
  },
  [`${ACTION_LOGEMENT}/locapass/delai_max`]: {
    label: "Délai après l'entrée dans le logement (avance Loca-Pass)",
    description: "Nombre de mois après l'entrée dans le logement pendant lesquels l'avance Loca-Pass peut être demandée.",
  },
  "geopolitique/age_majorite": {
    label: "Âge de la majorité",
    description: "Âge à partir duquel une personne est majeure.",
    reference: [{ title: "Code civil, article 414", href: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721" }],
  },
};

export const jeunesWordings: Readonly<Record<string, ParameterWording>> = {
  ...jeunesSuperieurWordings,
  ...jeunesCultureWordings,
  ...bourses,
  ...franceTravail,
  ...actionLogement,
};

/** Scales (barèmes), written by `import-scales.ts`. */
export const jeunesScaleWordings: Readonly<Record<string, ParameterWording>> = {
  [`${EDU}/pass_colo/montants`]: {
    label: "Montant du Pass'colo selon le quotient familial",
    description: "Aide du Pass'colo selon le quotient familial du foyer (revenu fiscal de référence par part), nulle au-delà de 1 500 €.",
  },
  [`${BCS}/montants`]: {
    label: "Montant mensuel de la bourse sur critères sociaux par échelon",
    description: "Montant mensuel de la bourse sur critères sociaux de l'enseignement supérieur selon son échelon (0 bis à 7).",
  },
  [`${BCS}/points_de_charge/distance_domicile_familial`]: {
    label: "Points de charge selon la distance du domicile familial",
    description:
      "Points de charge de la bourse sur critères sociaux selon la distance, en kilomètres, entre le domicile familial et le lieu d'études.",
  },
  ...Object.fromEntries(
    ["0bis", "1", "2", "3", "4", "5", "6", "7"].map((e) => [
      `${BCS}/plafond_ressources/echelon_${e}`,
      {
        label: `Plafond de ressources de l'échelon ${e === "0bis" ? "0 bis" : e} (bourse sur critères sociaux)`,
        description: `Revenu brut global maximal pour l'échelon ${e === "0bis" ? "0 bis" : e} de la bourse sur critères sociaux, selon les points de charge.`,
      },
    ]),
  ),
  [`${EDU}/pass_culture/montants`]: {
    label: "Crédit du pass Culture selon l'âge",
    description: "Crédit du pass Culture versé à un jeune selon son âge.",
  },
  [`${AGEPI}/montants/hors_mayotte/minimum`]: {
    label: "Montant de l'AGEPI à temps réduit, hors Mayotte",
    description:
      "Montant de l'AGEPI selon le nombre d'enfants gardés de moins de 10 ans, quand le travail ou la formation n'atteint pas le seuil d'heures, hors Mayotte.",
  },
  [`${AGEPI}/montants/hors_mayotte/maximum`]: {
    label: "Montant de l'AGEPI à temps plein, hors Mayotte",
    description:
      "Montant de l'AGEPI selon le nombre d'enfants gardés de moins de 10 ans, quand le travail ou la formation atteint le seuil d'heures, hors Mayotte.",
  },
  [`${AGEPI}/montants/mayotte/minimum`]: {
    label: "Montant de l'AGEPI à temps réduit, Mayotte",
    description:
      "Montant de l'AGEPI selon le nombre d'enfants gardés de moins de 10 ans, quand le travail ou la formation n'atteint pas le seuil d'heures, à Mayotte.",
  },
  [`${AGEPI}/montants/mayotte/maximum`]: {
    label: "Montant de l'AGEPI à temps plein, Mayotte",
    description:
      "Montant de l'AGEPI selon le nombre d'enfants gardés de moins de 10 ans, quand le travail ou la formation atteint le seuil d'heures, à Mayotte.",
  },
};

/** Node descriptions (index.yaml). */
export const jeunesNodeWordings: Readonly<Record<string, string>> = {
  "prestations_sociales/aides_logement/logement_social": "Logement social : plafonds de ressources",
  "prestations_sociales/aides_logement/logement_social/plai": "Plafonds du prêt locatif aidé d'intégration (PLAI)",
  [LS]: "Plafonds de ressources du PLAI",
  [`${LS}/par_personne_supplementaire`]: "Majoration par personne à charge au-delà de quatre",
  [`${LS}/par_categorie_de_menage`]: "Plafonds par catégorie de ménage",
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((k) => [`${LS}/par_categorie_de_menage/categorie_${k}`, `Ménages de catégorie ${k}`])),
  "prestations_sociales/alimentation": "Aides à l'alimentation",
  [AAE]: "Aide alimentaire aux étudiants éloignés d'un restaurant universitaire",
  [LEP]: "Livret d'épargne populaire",
  [`${LEP}/baremes`]: "Limites de revenu par territoire (CGI art. 1417, I)",
  ...Object.fromEntries(Object.entries(TERRITOIRES_LEP).map(([t, lieu]) => [`${LEP}/baremes/${t}`, `Limites de revenu ${lieu}`])),
  [ACTION_LOGEMENT]: "Aides d'Action Logement (participation des employeurs à l'effort de construction)",
  [VISALE]: "Garantie Visale",
  [`${VISALE}/eligibilite`]: "Conditions d'éligibilité à la garantie Visale",
  [`${VISALE}/plafond_loyer`]: "Loyers maximaux garantis par Visale",
  [`${VISALE}/plafond_loyer/cas_general`]: "Loyers maximaux dans le cas général",
  [`${VISALE}/plafond_loyer/etudiant`]: "Loyers garantis aux étudiants",
  [`${ACTION_LOGEMENT}/locapass`]: "Avance Loca-Pass",
  geopolitique: "Données géographiques et civiles",
  [AGEPI]: "Aide à la garde d'enfants pour parents isolés (AGEPI) de France Travail",
  [`${AGEPI}/montants`]: "Montants de l'AGEPI",
  [`${AGEPI}/montants/hors_mayotte`]: "Montants de l'AGEPI hors Mayotte",
  [`${AGEPI}/montants/mayotte`]: "Montants de l'AGEPI à Mayotte",
  "prestations_sociales/transport": "Aides au transport et à la mobilité",
  [AMOB]: "Aide à la mobilité de France Travail",
  [`${AMOB}/distance_minimum`]: "Distances minimales aller-retour selon le lieu de résidence",
  [`${AMOB}/montants`]: "Montants de l'aide à la mobilité",
  "chomage/allocations_assurance_chomage/alloc_base": "Allocation d'aide au retour à l'emploi",
  "chomage/allocations_assurance_chomage/alloc_base/montant_minimum":
    "Montant journalier minimal de l'allocation d'aide au retour à l'emploi",
  [ARE_MIN]: "Montants minimaux depuis 1979",
  [`${EDU}/pass_colo`]: "Pass'colo",
  [`${EDU}/contrat_engagement_jeune`]: "Contrat d'engagement jeune",
  [`${EDU}/contrat_engagement_jeune/critere_age`]: "Conditions d'âge du contrat d'engagement jeune",
  [`${EDU}/contrat_engagement_jeune/degressivite`]: "Dégressivité de l'allocation du contrat d'engagement jeune",
  [`${EDU}/contrat_engagement_jeune/montants`]: "Montants de l'allocation du contrat d'engagement jeune",
  [`${EDU}/bourses/enseignement_superieur`]: "Bourses et aides de l'enseignement supérieur",
  [`${EDU}/bourses/enseignement_superieur/criteres_sociaux`]: "Bourse sur critères sociaux de l'enseignement supérieur",
  [`${EDU}/bourses/enseignement_superieur/criteres_sociaux/plafond_ressources`]: "Plafonds de ressources par échelon",
  [`${EDU}/bourses/enseignement_superieur/criteres_sociaux/points_de_charge`]: "Points de charge",
  [`${EDU}/bourses/enseignement_superieur/criteres_sociaux/points_de_charge/charges_familiales`]:
    "Points de charge des charges de la famille",
  [`${EDU}/bourses/enseignement_superieur/aide_merite`]: "Aide au mérite",
  [`${EDU}/mobilite`]: "Aides à la mobilité des étudiants",
  [`${EDU}/mobilite/master`]: "Aide à la mobilité en master",
  [`${EDU}/mobilite/mobili_jeune`]: "Aide Mobili-Jeune d'Action Logement",
  [`${EDU}/mobilite/mobili_jeune/montant`]: "Montants de l'aide Mobili-Jeune",
  [`${EDU}/mobilite/mobili_jeune/montant/maximum`]: "Montants maximaux de l'aide Mobili-Jeune",
  [`${EDU}/mobilite/parcoursup`]: "Aide à la mobilité Parcoursup",
  [`${EDU}/alimentation`]: "Prix du repas au restaurant universitaire",
  [`${EDU}/carte_des_metiers`]: "Carte d'étudiant des métiers",
  [`${EDU}/pass_culture`]: "Pass Culture",
  [`${EDU}/pass_sport`]: "Pass'Sport",
  [`${EDU}/pass_sport/critere_age`]: "Conditions d'âge du Pass'Sport selon le profil",
  [`${EDU}/depart1825`]: "Programme Départ 18:25 de l'Agence nationale pour les chèques-vacances",
  [`${EDU}/depart1825/age`]: "Conditions d'âge du programme Départ 18:25",
  [`${EDU}/depart1825/plafond_ressources`]: "Plafond de ressources du programme Départ 18:25",
  [`${EDU}/gratuite_musees_monuments`]: "Gratuité des musées et monuments nationaux",
  [`${EDU}/sante_psy`]: "Dispositifs santé psy",
  [`${EDU}/sante_psy/etudiant`]: "Santé psy étudiant",
  [`${EDU}/garantie_pret_etudiant`]: "Prêt étudiant garanti par l'État",
  [BRS]: "Bail réel solidaire",
  [`${BRS}/parametres_generaux`]: "Paramètres généraux du bail réel solidaire",
  [`${BRS}/plafonds_par_zones`]: "Plafonds de ressources du bail réel solidaire par zone",
  ...Object.fromEntries(ZONES_ABC.map((z) => [`${BRS}/plafonds_par_zones/zone_${z}`, `Plafonds de ressources en zone ${z}`])),
  [EDU]: "Aides à l'éducation, à la formation, à la mobilité et à la culture des jeunes",
  [`${EDU}/bourses`]: "Bourses des élèves et des étudiants",
  [BOURSES]: "Bourses nationales de l'enseignement du second degré (collège et lycée)",
  [COLLEGE]: "Bourse de collège",
  [`${COLLEGE}/avant_2016`]: "Bourse de collège : barème d'avant la rentrée 2016",
  [`${COLLEGE}/apres_2016`]: "Bourse de collège : plafonds depuis la rentrée 2016, en multiples du SMIC horaire",
  [LYCEE]: "Bourse de lycée",
  [`${LYCEE}/avant_2016`]: "Bourse de lycée : barème en parts d'avant la rentrée 2016",
  [`${LYCEE}/avant_2016/plafonds_reference`]: "Plafonds de référence par nombre de parts",
  [`${LYCEE}/avant_2016/increments_par_point_de_charge`]: "Majorations des plafonds par point de charge",
  [`${LYCEE}/apres_2016`]: "Bourse de lycée : échelons depuis la rentrée 2016",
  ...Object.fromEntries([1, 2, 3].map((e) => [`${COLLEGE}/apres_2016/echelon_${e}`, `Échelon ${e} de la bourse de collège`])),
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((e) => [`${LYCEE}/apres_2016/echelon_${e}`, `Échelon ${e} de la bourse de lycée`])),
};
