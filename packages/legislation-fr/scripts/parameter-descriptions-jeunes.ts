/**
 * Zéro's own wording for the parameters of the aides des jeunes, des étudiants, du logement et de la culture. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const EDU = "prestations_sociales/education";
const BOURSES = `${EDU}/bourses/bourses_education`;
const COLLEGE = `${BOURSES}/bourse_college`;
const LYCEE = `${BOURSES}/bourse_lycee`;

const CODE_EDUCATION = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191";
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

const ref = (title: string, href: string) => [{ title, href }];
const passSportRef = ref(
  "Décret relatif à l'allocation de rentrée sportive (Pass'Sport), version du 5 août 2022",
  "https://www.legifrance.gouv.fr/loda/id/LEGIARTI000046139655/2022-08-05",
);
const depart1825Ref = ref(
  "Code du tourisme, articles L411-1 et suivants (Agence nationale pour les chèques-vacances)",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074073",
);
const museesRef = ref(
  "Code du patrimoine, article L410-1 (musées de France)",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236",
);
const pretEtudiantRef = ref(
  "Code de l'éducation, article L821-1 (aides aux étudiants)",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191",
);
const BRS = "prestations_sociales/bail_reel_solidaire";
const ZONES_ABC = ["A", "Abis", "B1", "B2", "C"] as const;

const culture: Record<string, ParameterWording> = {
  [`${EDU}/pass_colo/age_enfant`]: {
    label: "Âge de l'enfant dans l'année (Pass'colo)",
    description: "Âge que l'enfant atteint dans l'année de son séjour en colonie de vacances pour ouvrir droit au Pass'colo.",
  },
  [`${EDU}/pass_culture/age_maximum`]: {
    label: "Âge maximal (pass Culture)",
    description: "Âge jusqu'auquel un jeune reçoit le crédit du pass Culture.",
  },
  [`${EDU}/pass_sport/montant`]: {
    label: "Montant du Pass'Sport",
    description: "Montant de l'aide du Pass'Sport pour l'inscription dans un club sportif.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_minimum_profil_ars`]: {
    label: "Âge minimal, profil allocation de rentrée scolaire (Pass'Sport)",
    description: "Âge minimal, profil allocation de rentrée scolaire ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_maximum_profil_ars`]: {
    label: "Âge maximal, profil allocation de rentrée scolaire (Pass'Sport)",
    description: "Âge maximal, profil allocation de rentrée scolaire ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_minimum_profil_aeeh`]: {
    label: "Âge minimal, profil allocation d'éducation de l'enfant handicapé (Pass'Sport)",
    description: "Âge minimal, profil allocation d'éducation de l'enfant handicapé ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_maximum_profil_aeeh`]: {
    label: "Âge maximal, profil allocation d'éducation de l'enfant handicapé (Pass'Sport)",
    description: "Âge maximal, profil allocation d'éducation de l'enfant handicapé ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_minimum_profil_aah`]: {
    label: "Âge minimal, profil allocation aux adultes handicapés (Pass'Sport)",
    description: "Âge minimal, profil allocation aux adultes handicapés ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_maximum_profil_aah`]: {
    label: "Âge maximal, profil allocation aux adultes handicapés (Pass'Sport)",
    description: "Âge maximal, profil allocation aux adultes handicapés ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/pass_sport/critere_age/age_maximum_profil_boursier`]: {
    label: "Âge maximal, profil étudiant boursier (Pass'Sport)",
    description: "Âge maximal, profil étudiant boursier ouvrant droit au Pass'Sport.",
    reference: passSportRef,
  },
  [`${EDU}/depart1825/montant_maximum`]: {
    label: "Aide maximale (Départ 18:25)",
    description: "Montant maximal pris en charge sur le séjour d'un jeune par le programme Départ 18:25.",
    reference: depart1825Ref,
  },
  [`${EDU}/depart1825/age/minimum`]: {
    label: "Âge minimal (Départ 18:25)",
    description: "Âge à partir duquel un jeune peut bénéficier du programme Départ 18:25.",
    reference: depart1825Ref,
  },
  [`${EDU}/depart1825/age/maximum`]: {
    label: "Âge maximal (Départ 18:25)",
    description: "Âge jusqu'auquel un jeune peut bénéficier du programme Départ 18:25.",
    reference: depart1825Ref,
  },
  [`${EDU}/depart1825/plafond_ressources/base`]: {
    label: "Plafond de ressources pour une part (Départ 18:25)",
    description: "Revenu fiscal de référence maximal du foyer pour une part de quotient familial au programme Départ 18:25.",
    reference: depart1825Ref,
  },
  [`${EDU}/depart1825/plafond_ressources/par_demi_part_supplementaire`]: {
    label: "Majoration du plafond par demi-part (Départ 18:25)",
    description: "Montant ajouté au plafond de ressources du programme Départ 18:25 pour chaque demi-part au-delà de la première part.",
    reference: depart1825Ref,
  },
  [`${EDU}/gratuite_musees_monuments/age_min`]: {
    label: "Âge minimal (gratuité des musées et monuments nationaux)",
    description: "Âge à partir duquel un résident de l'Union européenne entre gratuitement dans les musées et monuments nationaux.",
    reference: museesRef,
  },
  [`${EDU}/gratuite_musees_monuments/age_max`]: {
    label: "Âge maximal (gratuité des musées et monuments nationaux)",
    description: "Âge jusqu'auquel un résident de l'Union européenne entre gratuitement dans les musées et monuments nationaux.",
    reference: museesRef,
  },
  [`${EDU}/sante_psy/etudiant/seances_max`]: {
    label: "Séances prises en charge (santé psy étudiant)",
    description: "Nombre maximal de séances chez un psychologue prises en charge pour un étudiant par le dispositif santé psy étudiant.",
    reference: ref(
      "Code de la sécurité sociale, article L162-58 (séances d'accompagnement psychologique)",
      "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189",
    ),
  },
  [`${EDU}/garantie_pret_etudiant/age_max`]: {
    label: "Âge maximal (prêt étudiant garanti par l'État)",
    description: "Âge jusqu'auquel, inclus, un étudiant peut obtenir la garantie de l'État sur son prêt.",
    reference: pretEtudiantRef,
  },
  [`${EDU}/garantie_pret_etudiant/duree_min_residence_continue_annees`]: {
    label: "Durée de résidence en France d'un ressortissant de l'EEE (prêt étudiant garanti)",
    description:
      "Nombre d'années de résidence régulière et continue en France exigé d'un ressortissant de l'Espace économique européen pour la garantie de l'État sur son prêt étudiant.",
    reference: pretEtudiantRef,
  },
  [`${EDU}/garantie_pret_etudiant/montant_max`]: {
    label: "Montant maximal garanti (prêt étudiant)",
    description: "Montant maximal d'un prêt étudiant garanti par l'État.",
    reference: pretEtudiantRef,
  },
};
for (const zone of ZONES_ABC) {
  for (let n = 1; n <= 6; n++) {
    culture[`${BRS}/plafonds_par_zones/zone_${zone}/nb_personnes_${n}`] = {
      label: `Plafond de ressources du bail réel solidaire, zone ${zone}, ${n === 6 ? "six personnes ou plus" : n === 1 ? "une personne" : `${n} personnes`}`,
      description: `Revenu fiscal de référence maximal d'un ménage ${n === 6 ? "de six personnes ou plus" : n === 1 ? "d'une personne" : `de ${n} personnes`} en zone ${zone} pour accéder à un logement en bail réel solidaire.`,
    };
  }
  culture[`${BRS}/plafonds_par_zones/zone_${zone}/nb_personnes_supplementaires`] = {
    label: `Majoration par personne au-delà de six, zone ${zone} (bail réel solidaire)`,
    description: `Montant ajouté au plafond de ressources du bail réel solidaire en zone ${zone} pour chaque personne au-delà de la sixième.`,
  };
}

const mobiliJeuneRef = ref(
  "Code de la construction et de l'habitation, article L313-3 (emplois de la participation des employeurs à l'effort de construction)",
  "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074096",
);
const etudes: Record<string, ParameterWording> = {
  [`${EDU}/mobilite/mobili_jeune/age_maximum`]: {
    label: "Âge limite (aide Mobili-Jeune)",
    description: "Âge avant lequel un jeune en alternance peut obtenir l'aide Mobili-Jeune d'Action Logement.",
    reference: mobiliJeuneRef,
  },
  [`${EDU}/mobilite/mobili_jeune/montant/minimum`]: {
    label: "Reste à charge minimal (aide Mobili-Jeune)",
    description: "Reste à charge mensuel du loyer, aides au logement déduites, au-dessous duquel l'aide Mobili-Jeune n'est pas versée.",
    reference: mobiliJeuneRef,
  },
  [`${EDU}/mobilite/mobili_jeune/montant/maximum/autres_secteurs`]: {
    label: "Aide Mobili-Jeune maximale",
    description: "Montant mensuel maximal de l'aide Mobili-Jeune, hors secteur agricole.",
    reference: mobiliJeuneRef,
  },
  [`${EDU}/mobilite/mobili_jeune/montant/maximum/secteur_agricole`]: {
    label: "Aide Mobili-Jeune maximale, secteur agricole",
    description: "Montant mensuel maximal de l'aide Mobili-Jeune d'un alternant d'une entreprise du secteur agricole.",
    reference: mobiliJeuneRef,
  },
  [`${EDU}/mobilite/master/montant`]: {
    label: "Aide à la mobilité en master",
    description: "Montant de l'aide versée à l'étudiant boursier qui change de région académique pour sa première année de master.",
  },
  [`${EDU}/mobilite/parcoursup/montant`]: {
    label: "Aide à la mobilité Parcoursup",
    description: "Montant de l'aide versée au lycéen boursier qui s'inscrit dans une formation du supérieur hors de son académie.",
    reference: ref("Code de l'éducation, article L612-3 (accès aux formations du premier cycle)", CODE_EDUCATION),
  },
  [`${EDU}/alimentation/montant_repas_boursier`]: {
    label: "Prix du repas au restaurant universitaire, étudiant boursier",
    description: "Prix d'un repas au restaurant universitaire pour un étudiant boursier.",
  },
  [`${EDU}/alimentation/montant_repas_non_boursier`]: {
    label: "Prix du repas au restaurant universitaire, étudiant non boursier",
    description: "Prix d'un repas au restaurant universitaire pour un étudiant qui n'est pas boursier.",
  },
  [`${EDU}/carte_des_metiers/age_maximal`]: {
    label: "Âge avant lequel un alternant reçoit la carte d'étudiant des métiers",
    description: "Âge avant lequel un apprenti ou un jeune en contrat de professionnalisation reçoit la carte d'étudiant des métiers.",
    reference: ref(
      "Code du travail, article L6222-36-1 (carte d'étudiant des métiers)",
      "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050",
    ),
  },
};

const SUP = `${EDU}/bourses/enseignement_superieur`;
const BCS = `${SUP}/criteres_sociaux`;
const circulaireBcs = ref(
  "Code de l'éducation, articles L821-1 et D821-1 (bourses sur critères sociaux) ; circulaire n° 2020-0024 du 8 juin 2020 (ESRS2013435C)",
  CODE_EDUCATION,
);
const superieur: Record<string, ParameterWording> = {
  [`${BCS}/age_maximum`]: {
    label: "Âge limite à la première demande (bourse sur critères sociaux)",
    description: "Âge jusqu'auquel un étudiant peut obtenir une bourse sur critères sociaux, reculé d'un an par enfant qu'il élève.",
    reference: circulaireBcs,
  },
  [`${BCS}/seuil_ressources_etudiant_autonome`]: {
    label: "Ressources d'un étudiant en couple autonome, en SMIC net (bourse sur critères sociaux)",
    description:
      "Part du SMIC net mensuel à partir de laquelle les ressources d'un étudiant marié ou pacsé le font juger sur ses propres revenus pour la bourse sur critères sociaux.",
    reference: circulaireBcs,
  },
  [`${BCS}/nombre_mensualites`]: {
    label: "Nombre de mensualités (bourse sur critères sociaux)",
    description: "Nombre de mensualités de la bourse sur critères sociaux versées dans l'année universitaire.",
    reference: circulaireBcs,
  },
  [`${BCS}/points_de_charge/charges_familiales/par_enfant_a_charge`]: {
    label: "Points de charge par autre enfant à charge (bourse sur critères sociaux)",
    description:
      "Points de charge comptés pour chaque enfant à charge de la famille, autre que l'étudiant, qui n'est pas dans l'enseignement supérieur.",
  },
  [`${BCS}/points_de_charge/charges_familiales/par_enfant_etudiant`]: {
    label: "Points de charge par autre enfant étudiant (bourse sur critères sociaux)",
    description:
      "Points de charge comptés pour chaque enfant à charge de la famille, autre que l'étudiant, inscrit dans l'enseignement supérieur.",
  },
  [`${SUP}/aide_merite/montant_annuel`]: {
    label: "Montant annuel de l'aide au mérite",
    description: "Montant annuel de l'aide au mérite versée à un étudiant boursier bachelier avec mention très bien.",
    reference: ref("Code de l'éducation, articles D821-2 et suivants (aide au mérite)", CODE_EDUCATION),
  },
};

const LS = "prestations_sociales/aides_logement/logement_social/plai/plafond_ressources";
const ZONES_LS = {
  paris_communes_limitrophes: "à Paris et dans les communes limitrophes",
  ile_de_france: "dans le reste de l'Île-de-France",
  autres_regions: "dans les autres régions",
} as const;
const CATEGORIES_LS = [
  "une personne seule",
  "deux personnes sans personne à charge (hors jeune ménage)",
  "trois personnes, une personne seule avec une personne à charge ou un jeune ménage",
  "quatre personnes ou une personne seule avec deux personnes à charge",
  "cinq personnes ou une personne seule avec trois personnes à charge",
  "six personnes ou une personne seule avec quatre personnes à charge",
] as const;
const AAE = "prestations_sociales/alimentation/aide_alimentation_etudiants_eloignes";
const logementSocialEtAlimentation: Record<string, ParameterWording> = {
  [`${AAE}/montant_etudiant_standard_boursier`]: {
    label: "Aide alimentaire d'un étudiant boursier éloigné d'un restaurant universitaire",
    description: "Montant de l'aide alimentaire d'un étudiant boursier éloigné d'un restaurant universitaire, en métropole.",
  },
  [`${AAE}/montant_etudiant_standard_non_boursier`]: {
    label: "Aide alimentaire d'un étudiant non boursier éloigné d'un restaurant universitaire",
    description: "Montant de l'aide alimentaire d'un étudiant non boursier éloigné d'un restaurant universitaire, en métropole.",
  },
  [`${AAE}/montant_etudiant_drom_boursier`]: {
    label: "Aide alimentaire d'un étudiant boursier éloigné d'un restaurant universitaire, outre-mer",
    description:
      "Montant majoré de l'aide alimentaire d'un étudiant boursier éloigné d'un restaurant universitaire, dans les départements et régions d'outre-mer.",
  },
  [`${AAE}/montant_etudiant_drom_non_boursier`]: {
    label: "Aide alimentaire d'un étudiant non boursier éloigné d'un restaurant universitaire, outre-mer",
    description:
      "Montant majoré de l'aide alimentaire d'un étudiant non boursier éloigné d'un restaurant universitaire, dans les départements et régions d'outre-mer.",
  },
};
for (const [zone, lieu] of Object.entries(ZONES_LS)) {
  logementSocialEtAlimentation[`${LS}/par_personne_supplementaire/${zone}`] = {
    label: `Majoration par personne à charge au-delà de quatre, logement social ${lieu}`,
    description: `Montant ajouté au plafond de ressources du logement social très social (PLAI) ${lieu} pour chaque personne à charge au-delà de la quatrième.`,
  };
  CATEGORIES_LS.forEach((categorie, k) => {
    logementSocialEtAlimentation[`${LS}/par_categorie_de_menage/categorie_${k + 1}/${zone}`] = {
      label: `Plafond de ressources du logement social, catégorie ${k + 1}, ${lieu}`,
      description: `Revenu fiscal de référence maximal d'un ménage de catégorie ${k + 1} (${categorie}) pour un logement social très social (PLAI) ${lieu}.`,
    };
  });
}

const CEJ = `${EDU}/contrat_engagement_jeune`;
const contratEngagementJeune: Record<string, ParameterWording> = {
  [`${CEJ}/critere_age/minimum`]: {
    label: "Âge minimal (contrat d'engagement jeune)",
    description: "Âge à partir duquel un jeune peut signer un contrat d'engagement jeune.",
  },
  [`${CEJ}/critere_age/maximum`]: {
    label: "Âge maximal (contrat d'engagement jeune)",
    description: "Âge jusqu'auquel un jeune peut signer un contrat d'engagement jeune.",
  },
  [`${CEJ}/critere_age/maximum_handicap`]: {
    label: "Âge maximal d'un jeune handicapé (contrat d'engagement jeune)",
    description: "Âge jusqu'auquel un jeune reconnu handicapé peut signer un contrat d'engagement jeune.",
  },
  [`${CEJ}/degressivite/abattement_deductibilite_partielle`]: {
    label: "Revenus d'activité sans effet sur l'allocation (contrat d'engagement jeune)",
    description: "Revenus d'activité mensuels en deçà desquels l'allocation du contrat d'engagement jeune n'est pas réduite.",
  },
  [`${CEJ}/degressivite/part_smic_deductibilite_partielle`]: {
    label: "Revenus d'activité annulant l'allocation, en SMIC brut (contrat d'engagement jeune)",
    description: "Part du SMIC brut mensuel à laquelle les revenus d'activité annulent l'allocation du contrat d'engagement jeune.",
  },
  [`${CEJ}/montants/montant_mineurs`]: {
    label: "Allocation d'un mineur (contrat d'engagement jeune)",
    description: "Montant mensuel maximal de l'allocation du contrat d'engagement jeune d'un mineur.",
  },
  [`${CEJ}/montants/montant_majeurs_non_imposables`]: {
    label: "Allocation d'un majeur d'un foyer non imposable (contrat d'engagement jeune)",
    description:
      "Montant mensuel maximal de l'allocation du contrat d'engagement jeune d'un majeur dont le foyer fiscal n'est pas imposable.",
  },
  [`${CEJ}/montants/montant_majeurs_1ere_tranche_ir`]: {
    label: "Allocation d'un majeur d'un foyer imposé dans la première tranche (contrat d'engagement jeune)",
    description:
      "Montant mensuel maximal de l'allocation du contrat d'engagement jeune d'un majeur dont le foyer fiscal est imposé dans la première tranche du barème.",
  },
};

const LEP = "taxation_capital/epargne/livret_epargne_populaire";
const TERRITOIRES_LEP = {
  metropole: "en métropole",
  guadeloupe: "en Guadeloupe",
  guyane: "en Guyane",
  la_reunion: "à La Réunion",
  martinique: "en Martinique",
  martinique_guadeloupe_la_reunion: "en Martinique, en Guadeloupe et à La Réunion (barème commun)",
  mayotte: "à Mayotte",
  saint_bartelemy: "à Saint-Barthélemy",
  saint_martin: "à Saint-Martin",
  saint_pierre_et_miquelon: "à Saint-Pierre-et-Miquelon",
  non_renseigne: "quand le territoire n'est pas connu",
} as const;
const epargne: Record<string, ParameterWording> = {
  [`${LEP}/taux`]: {
    label: "Taux du livret d'épargne populaire",
    description: "Taux d'intérêt annuel du livret d'épargne populaire.",
  },
  [`${LEP}/coefficient_multiplicateur`]: {
    label: "Coefficient des plafonds du livret d'épargne populaire",
    description:
      "Coefficient appliqué aux limites de revenu de l'article 1417 du code général des impôts pour le plafond de revenu du livret d'épargne populaire.",
  },
  "taxation_capital/epargne/livret_a/majoration_base": {
    label: "Majoration du taux du livret A pour le livret d'épargne populaire",
    description: "Points ajoutés au taux du livret A pour le taux du livret d'épargne populaire, jusqu'en juillet 2023.",
    reference: ref(
      "Code monétaire et financier, article L221-16 (taux du livret d'épargne populaire)",
      "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072026",
    ),
  },
  "taxation_capital/epargne/taux_inflation": {
    label: "Taux d'inflation retenu pour l'épargne réglementée",
    description: "Taux d'inflation plancher du taux du livret d'épargne populaire, jusqu'en juillet 2023.",
  },
};
for (const [territoire, lieu] of Object.entries(TERRITOIRES_LEP)) {
  epargne[`${LEP}/baremes/${territoire}/valeur_de_base`] = {
    label: `Limite de revenu pour une part, livret d'épargne populaire, ${territoire.replace(/_/g, " ")}`,
    description: `Limite de revenu de la première part de quotient familial ${lieu} (CGI art. 1417, I), avant le coefficient du livret d'épargne populaire.`,
  };
  epargne[`${LEP}/baremes/${territoire}/premiere_demi_part`] = {
    label: `Majoration de la première demi-part, livret d'épargne populaire, ${territoire.replace(/_/g, " ")}`,
    description: `Majoration de la limite de revenu pour la première demi-part au-delà d'une part ${lieu} (CGI art. 1417, I).`,
  };
  epargne[`${LEP}/baremes/${territoire}/demi_part_supplementaire`] = {
    label: `Majoration par demi-part supplémentaire, livret d'épargne populaire, ${territoire.replace(/_/g, " ")}`,
    description: `Majoration de la limite de revenu pour chaque demi-part au-delà d'une part et demie ${lieu} (CGI art. 1417, I).`,
  };
}

export const jeunesWordings: Readonly<Record<string, ParameterWording>> = {
  ...epargne,
  ...contratEngagementJeune,
  ...logementSocialEtAlimentation,
  ...superieur,
  ...etudes,
  ...bourses,
  ...franceTravail,
  ...actionLogement,
  ...culture,
};

/** Scales (barèmes), written by `import-scales-jeunes.ts`. */
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
