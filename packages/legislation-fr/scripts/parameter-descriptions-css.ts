/**
 * Zéro's own wording for the parameters of the complémentaire santé solidaire, CMU-C, ACS et chèque énergie. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 *
 * The scales (`cs/acs/bareme`, the chèque énergie's `baremes/*` and `aide_exceptionnelle`) are
 * written by hand in the YAML tree (the importer copies values only), from the same source.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const CS = "prestations_sociales/solidarite_insertion/minima_sociaux/cs";
const CHEQUE = "prestations_sociales/solidarite_insertion/autre_solidarite/cheque_energie";

const LEGIFRANCE_CSS = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189";
const LEGIFRANCE_ENERGIE = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000023983208";

/** The CMU-C (until October 2019) and the CSS without participation: resources of the twelve months, less 30 % of earnings after a job loss. */
const ABATTEMENT_CHOMAGE = [{ title: "Code de la sécurité sociale, article R861-8", href: LEGIFRANCE_CSS }];

/** The participation of the CSS, by age (arrêté du 21 juin 2019, art. 1, on CSS art. L861-1, 2° and L861-11). */
const PARTICIPATION = [
  {
    title:
      "Arrêté du 21 juin 2019 fixant les montants de la participation financière à la protection complémentaire en matière de santé, article 1",
    href: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000038670889",
  },
  { title: "Code de la sécurité sociale, articles L861-1 et L861-11", href: LEGIFRANCE_CSS },
];

const UNITES_CONSOMMATION = [{ title: "Code de l'énergie, article R124-1", href: LEGIFRANCE_ENERGIE }];

const participation = (tranche: string, regime: string): ParameterWording => ({
  reference: PARTICIPATION,
  label: `Participation mensuelle, ${tranche}${regime === "alsace_moselle" ? " (Alsace-Moselle)" : ""}`,
  description:
    `Participation financière mensuelle d'un assuré ${tranche} à la complémentaire santé solidaire avec participation` +
    (regime === "alsace_moselle" ? ", pour un assuré du régime local d'Alsace-Moselle." : ", hors régime local d'Alsace-Moselle."),
});

const TRANCHES: readonly (readonly [string, string])[] = [
  ["cmu_moins_30_ans", "de moins de 30 ans"],
  ["cmu_30_49_ans", "de 30 à 49 ans"],
  ["cmu_50_59_ans", "de 50 à 59 ans"],
  ["cmu_60_69_ans", "de 60 à 69 ans"],
  ["cmu_plus_69_ans", "de 70 ans et plus"],
];

const forfaitLogement = (base: string, avecAl: boolean, taille: string, personnes: string): [string, ParameterWording] => [
  `${base}/forfait_logement_${avecAl ? "avec" : "sans"}_al/taux_${taille}`,
  {
    label: `Forfait logement ${avecAl ? "avec aide au logement" : "sans loyer"}, ${personnes}`,
    description: avecAl
      ? `Part du montant forfaitaire du RSA d'un foyer de ${personnes} dans la limite de laquelle l'aide au logement perçue compte dans les ressources.`
      : `Part du montant forfaitaire du RSA d'un foyer de ${personnes} comptée dans les ressources quand le foyer est propriétaire de son logement ou logé gratuitement.`,
  },
];

const forfaits = (base: string): [string, ParameterWording][] =>
  [true, false].flatMap((avecAl) => [
    forfaitLogement(base, avecAl, "1p", "1 personne"),
    forfaitLogement(base, avecAl, "2p", "2 personnes"),
    forfaitLogement(base, avecAl, "3p_plus", "3 personnes ou plus"),
  ]);

export const cssWordings: Readonly<Record<string, ParameterWording>> = {
  // CMU-C (jusqu'en octobre 2019) puis complémentaire santé solidaire sans participation
  [`${CS}/cmu/plafond_base`]: {
    label: "Plafond de ressources d'une personne seule",
    description:
      "Plafond annuel de ressources d'une personne seule pour la CMU-C, puis pour la complémentaire santé solidaire sans participation ; " +
      "il est majoré selon le nombre de personnes du foyer.",
  },
  [`${CS}/cmu/coeff_p2`]: {
    label: "Majoration pour la 2e personne",
    description: "Majoration du plafond de ressources pour la deuxième personne du foyer, en part du plafond d'une personne seule.",
  },
  [`${CS}/cmu/coeff_p3_p4`]: {
    label: "Majoration pour la 3e et la 4e personne",
    description: "Majoration du plafond de ressources pour chacune des troisième et quatrième personnes du foyer.",
  },
  [`${CS}/cmu/coeff_p5_plus`]: {
    label: "Majoration à partir de la 5e personne",
    description: "Majoration du plafond de ressources pour chaque personne du foyer au-delà de la quatrième.",
  },
  [`${CS}/cmu/majoration_dom`]: {
    label: "Majoration du plafond outre-mer",
    description: "Majoration du plafond de ressources en Guadeloupe, en Guyane, en Martinique et à La Réunion.",
  },
  [`${CS}/cmu/age_limite_pac`]: {
    label: "Âge limite d'une personne à charge",
    description: "Âge jusqu'auquel un enfant compte parmi les personnes à charge du foyer (il a moins de 25 ans, ou l'âge atteint).",
  },
  [`${CS}/cmu/abattement_chomage`]: {
    reference: ABATTEMENT_CHOMAGE,
    label: "Abattement sur les revenus d'activité en cas de chômage",
    description:
      "Part des revenus d'activité des douze mois retirée quand la personne est au chômage indemnisé, en arrêt maladie, " +
      "bénéficiaire de l'ASS ou en formation rémunérée.",
  },
  ...Object.fromEntries(forfaits(`${CS}/cmu`)),

  // ACS (jusqu'en octobre 2019)
  [`${CS}/acs/majoration_plafond_acs`]: {
    label: "Majoration du plafond pour l'ACS et la participation",
    description:
      "Majoration du plafond de la CMU-C donnant le plafond de l'aide au paiement d'une complémentaire santé, " +
      "puis celui de la complémentaire santé solidaire avec participation.",
  },

  // Complémentaire santé solidaire (depuis novembre 2019)
  ...Object.fromEntries(forfaits(`${CS}/css`)),
  ...Object.fromEntries(
    ["france", "alsace_moselle"].flatMap((regime) =>
      TRANCHES.map(([tranche, age]): [string, ParameterWording] => [`${CS}/css/montant/${regime}/${tranche}`, participation(age, regime)]),
    ),
  ),
  [`${CS}/css/abattements/aah`]: {
    label: "Abattement sur l'AAH",
    description: "Montant mensuel retiré de l'AAH perçue avant de la compter dans les ressources de la complémentaire santé solidaire.",
  },
  [`${CS}/css/abattements/asi/personne_seule`]: {
    label: "Abattement sur l'ASI (personne seule)",
    description: "Montant mensuel retiré de l'ASI d'une personne seule allocataire avant de la compter dans les ressources.",
  },
  [`${CS}/css/abattements/asi/couple`]: {
    label: "Abattement sur l'ASI (couple d'allocataires)",
    description: "Montant mensuel retiré de l'ASI d'un couple dont les deux membres sont allocataires, à partager entre eux.",
  },
  [`${CS}/css/abattements/aspa_asv/personne_seule`]: {
    label: "Abattement sur l'ASPA (personne seule)",
    description: "Montant mensuel retiré de l'ASPA d'une personne seule avant de la compter dans les ressources.",
  },
  [`${CS}/css/abattements/aspa_asv/couple`]: {
    label: "Abattement sur l'ASPA (couple)",
    description: "Montant mensuel retiré de l'ASPA d'un couple avant de la compter dans les ressources.",
  },

  // Chèque énergie
  [`${CHEQUE}/unites_consommation/premiere_personne`]: {
    reference: UNITES_CONSOMMATION,
    label: "Unités de consommation, 1re personne",
    description: "Unités de consommation de la première personne du ménage, qui divisent le revenu fiscal de référence.",
  },
  [`${CHEQUE}/unites_consommation/deuxieme_personne`]: {
    reference: UNITES_CONSOMMATION,
    label: "Unités de consommation, 2e personne",
    description: "Unités de consommation de la deuxième personne du ménage.",
  },
  [`${CHEQUE}/unites_consommation/autres_personnes`]: {
    reference: UNITES_CONSOMMATION,
    label: "Unités de consommation, personne suivante",
    description: "Unités de consommation de chaque personne du ménage au-delà de la deuxième.",
  },
  [`${CHEQUE}/montant_social`]: {
    label: "Chèque énergie en résidence sociale",
    description: "Montant du chèque énergie d'un résident d'un logement-foyer ou d'une résidence sociale.",
  },
};

/** Node descriptions (index.yaml). */
export const cssNodeWordings: Readonly<Record<string, string>> = {
  ["prestations_sociales/solidarite_insertion/minima_sociaux/cs"]:
    "Couverture complémentaire santé des personnes aux ressources modestes : CMU-C et ACS, puis complémentaire santé solidaire.",
  [`${CS}/cmu`]: "CMU-C (jusqu'en octobre 2019), puis complémentaire santé solidaire sans participation : plafonds et ressources.",
  [`${CS}/cmu/forfait_logement_avec_al`]: "Forfait logement d'un foyer qui perçoit une aide au logement (CMU-C).",
  [`${CS}/cmu/forfait_logement_sans_al`]: "Forfait logement d'un foyer propriétaire ou logé gratuitement (CMU-C).",
  [`${CS}/acs`]: "Aide au paiement d'une complémentaire santé (ACS), jusqu'en octobre 2019.",
  [`${CS}/css`]: "Complémentaire santé solidaire (depuis novembre 2019).",
  [`${CS}/css/forfait_logement_avec_al`]: "Forfait logement d'un foyer qui perçoit une aide au logement.",
  [`${CS}/css/forfait_logement_sans_al`]: "Forfait logement d'un foyer propriétaire ou logé gratuitement.",
  [`${CS}/css/montant`]: "Participation financière mensuelle de la complémentaire santé solidaire, selon l'âge et le régime.",
  [`${CS}/css/montant/france`]: "Participation, hors régime local d'Alsace-Moselle.",
  [`${CS}/css/montant/alsace_moselle`]: "Participation, régime local d'Alsace-Moselle.",
  [`${CS}/css/abattements`]: "Abattements sur l'AAH, l'ASI et l'ASPA comptées dans les ressources.",
  [`${CS}/css/abattements/asi`]: "Abattements sur l'ASI.",
  [`${CS}/css/abattements/aspa_asv`]: "Abattements sur l'ASPA.",
  ["prestations_sociales/solidarite_insertion/autre_solidarite"]: "Autres aides de solidarité.",
  [CHEQUE]:
    "Chèque énergie : aide au paiement des dépenses d'énergie du logement, selon le revenu fiscal de référence par unité de consommation.",
  [`${CHEQUE}/unites_consommation`]: "Unités de consommation du ménage.",
  [`${CHEQUE}/baremes`]: "Montants du chèque énergie selon le revenu fiscal de référence par unité de consommation et le nombre d'unités.",
};
