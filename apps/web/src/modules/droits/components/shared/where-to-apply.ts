// Where and how to apply for each benefit Mes droits answers, written as data: the service, the
// documents usually asked, the Marseille office. Only what we could source is written; an
// address we could not check on the service's own site says so (`checked: false`), and the
// page tells the person to check it there before going. To be reviewed by someone who can
// confirm each office on its service's site (issue 14).

export interface Office {
  name: string;
  address?: string;
  /** True only when the address was read on the service's own site. */
  checked: boolean;
  note: string;
  /** Where the address (or its absence) was read. */
  source: { title: string; href: string };
}

export interface Service {
  name: string;
  site: { title: string; href: string };
  office: Office;
}

export const SERVICES: Record<"caf" | "cpam" | "mdph" | "carsat", Service> = {
  caf: {
    name: "Caf des Bouches-du-Rhône (Caisse d'allocations familiales)",
    site: { title: "caf.fr", href: "https://www.caf.fr" },
    office: {
      name: "Caf des Bouches-du-Rhône, siège",
      address: "215 chemin de Gibbes, 13014 Marseille",
      checked: false,
      note:
        "Adresse du siège relevée dans la presse (le siège « chemin de Gibbes ») et dans des annuaires ; le numéro n'a pas été vérifié " +
        "sur caf.fr. L'accueil se fait surtout sur rendez-vous : vérifiez l'adresse et prenez rendez-vous sur caf.fr avant de vous déplacer.",
      source: {
        title: "20 Minutes Marseille, « Pour rattraper son retard, la CAF limite l'accueil » (2014)",
        href: "http://20minutes.fr/marseille/1310002-20140227-rattraper-retard-caf-limite-accueil",
      },
    },
  },
  cpam: {
    name: "CPAM des Bouches-du-Rhône (Assurance maladie)",
    site: { title: "ameli.fr", href: "https://www.ameli.fr" },
    office: {
      name: "CPAM des Bouches-du-Rhône",
      checked: false,
      note:
        "Nous n'avons pas pu vérifier l'adresse d'un accueil de la CPAM à Marseille : cherchez l'accueil le plus proche sur ameli.fr " +
        "(page de la CPAM des Bouches-du-Rhône), ou faites la demande depuis votre compte ameli.",
      source: { title: "ameli.fr", href: "https://www.ameli.fr" },
    },
  },
  mdph: {
    name: "MDPH des Bouches-du-Rhône (Maison départementale des personnes handicapées)",
    site: { title: "mdph13.fr", href: "https://www.mdph13.fr" },
    office: {
      name: "MDPH des Bouches-du-Rhône",
      address: "4 quai d'Arenc, 13002 Marseille",
      checked: false,
      note:
        "Adresse relevée dans un annuaire, non vérifiée sur mdph13.fr ; le Département a annoncé en 2023 le regroupement de ses " +
        "services du handicap dans le quartier d'Arenc : vérifiez l'adresse sur mdph13.fr avant de vous déplacer.",
      source: {
        title: "Made in Marseille, « Le Département cherche un lieu unique à Arenc » (2023)",
        href: "https://madeinmarseille.net/148636-departement-vente-mirabeau-2/",
      },
    },
  },
  carsat: {
    name: "Carsat Sud-Est (Assurance retraite)",
    site: { title: "lassuranceretraite.fr", href: "https://www.lassuranceretraite.fr" },
    office: {
      name: "Carsat Sud-Est, siège",
      address: "rue George, 13005 Marseille",
      checked: false,
      note:
        "Le siège de la Carsat Sud-Est est rue George, dans le 5e arrondissement (presse, 2022) ; le numéro et l'accueil du public " +
        "n'ont pas été vérifiés : prenez rendez-vous depuis lassuranceretraite.fr.",
      source: {
        title: "Nouvelles Publications, « La Carsat Sud-Est envisage de reconstruire son siège in situ »",
        href: "https://www.nouvellespublications.com/marseille-la-carsat-sud-est-envisage-de-reconstruire-son-siege-in-situ-109364.html",
      },
    },
  },
};

export type ServiceId = keyof typeof SERVICES;

export interface HowToApply {
  /** The benefit's name, in plain French. */
  title: string;
  /** For a participation the household pays (the CSS), not an amount it receives. */
  paid?: boolean;
  service: ServiceId;
  /** When another service is the one for some people (MSA for the agricultural scheme). */
  otherService?: string;
  how: string;
  documents: string[];
  sources: { title: string; href: string }[];
}

const CAF_SITE = { title: "caf.fr : faire une demande de prestation", href: "https://www.caf.fr" };
const MSA = "Si vous relevez du régime agricole, c'est la MSA (msa.fr) qui verse cette aide.";
const MSA_SITE = { title: "msa.fr", href: "https://www.msa.fr" };
const INDICATIVE = "Liste indicative : l'organisme peut demander d'autres pièces selon votre situation.";

/** Each benefit of POST /api/droits/next: how it is named and how to ask for it. */
export const HOW_TO_APPLY: Record<string, HowToApply> = {
  rsa: {
    title: "Revenu de solidarité active (RSA)",
    service: "caf",
    otherService: MSA,
    how: "Faites la demande en ligne sur caf.fr, ou avec l'aide d'un travailleur social (CCAS, maison du département). Le montant est revu chaque trimestre, sur votre déclaration de ressources.",
    documents: [
      "Pièce d'identité, ou titre de séjour en cours de validité",
      "Relevé d'identité bancaire (RIB)",
      "Ressources des trois derniers mois de chaque personne du foyer (bulletins de salaire, allocations…)",
      INDICATIVE,
    ],
    sources: [CAF_SITE, MSA_SITE],
  },
  ppa: {
    title: "Prime d'activité",
    service: "caf",
    otherService: MSA,
    how: "Faites la demande en ligne sur caf.fr (ou msa.fr), puis déclarez vos ressources chaque trimestre.",
    documents: ["Ressources des trois derniers mois de chaque personne du foyer", "Relevé d'identité bancaire (RIB)", INDICATIVE],
    sources: [CAF_SITE, MSA_SITE],
  },
  af: {
    title: "Allocations familiales",
    service: "caf",
    otherService: MSA,
    how: "Elles sont versées dès que la Caf connaît vos enfants : si ce n'est pas encore le cas, déclarez-les depuis votre espace sur caf.fr.",
    documents: ["Livret de famille ou actes de naissance des enfants", "Relevé d'identité bancaire (RIB)", INDICATIVE],
    sources: [CAF_SITE],
  },
  cf: {
    title: "Complément familial",
    service: "caf",
    otherService: MSA,
    how: "Déclarez votre situation familiale et vos ressources à la Caf, depuis votre espace sur caf.fr.",
    documents: ["Livret de famille ou actes de naissance des enfants", "Avis d'imposition", INDICATIVE],
    sources: [CAF_SITE],
  },
  asf: {
    title: "Allocation de soutien familial (ASF)",
    service: "caf",
    otherService: MSA,
    how: "Faites la demande à la Caf, en ligne sur caf.fr ou à un accueil, en expliquant la situation de l'autre parent.",
    documents: [
      "Livret de famille ou actes de naissance des enfants",
      "Tout document sur la pension alimentaire (jugement, convention) ou son absence",
      INDICATIVE,
    ],
    sources: [CAF_SITE],
  },
  paje_base: {
    title: "Allocation de base de la prestation d'accueil du jeune enfant (PAJE)",
    service: "caf",
    otherService: MSA,
    how: "Déclarez la grossesse à l'Assurance maladie et à la Caf, puis la naissance ou l'adoption, depuis votre espace sur caf.fr.",
    documents: ["Acte de naissance ou livret de famille", "Relevé d'identité bancaire (RIB)", INDICATIVE],
    sources: [CAF_SITE, { title: "ameli.fr", href: "https://www.ameli.fr" }],
  },
  aide_logement: {
    title: "Aide au logement (APL, ALF ou ALS)",
    service: "caf",
    otherService: MSA,
    how: "Faites la demande en ligne sur caf.fr dès l'entrée dans le logement : l'aide n'est pas versée pour les mois d'avant la demande.",
    documents: [
      "Bail ou contrat de location, et coordonnées du bailleur",
      "Relevé d'identité bancaire (RIB)",
      "Ressources du foyer",
      INDICATIVE,
    ],
    sources: [CAF_SITE],
  },
  aah: {
    title: "Allocation aux adultes handicapés (AAH)",
    service: "mdph",
    otherService: "La MDPH décide du droit ; la Caf (ou la MSA) verse ensuite l'allocation.",
    how: "Déposez un dossier à la MDPH des Bouches-du-Rhône (formulaire de demande et certificat médical), par courrier, en ligne sur mdph13.fr ou à son accueil.",
    documents: [
      "Formulaire de demande à la MDPH",
      "Certificat médical de moins d'un an, rempli par votre médecin",
      "Pièce d'identité et justificatif de domicile",
      INDICATIVE,
    ],
    sources: [{ title: "mdph13.fr", href: "https://www.mdph13.fr" }, CAF_SITE],
  },
  aspa: {
    title: "Allocation de solidarité aux personnes âgées (ASPA, minimum vieillesse)",
    service: "carsat",
    otherService: "Si votre retraite vient surtout du régime agricole, adressez-vous à la MSA.",
    how: "Demandez-la à la caisse qui verse votre retraite : pour le régime général, la Carsat Sud-Est, depuis lassuranceretraite.fr ou sur rendez-vous.",
    documents: [
      "Pièce d'identité, ou titre de séjour",
      "Ressources des trois derniers mois (et des douze derniers mois)",
      "Relevé d'identité bancaire (RIB)",
      INDICATIVE,
    ],
    sources: [{ title: "lassuranceretraite.fr", href: "https://www.lassuranceretraite.fr" }, MSA_SITE],
  },
  css_participation_forfaitaire: {
    title: "Complémentaire santé solidaire avec participation",
    paid: true,
    service: "cpam",
    otherService: "Si vous relevez du régime agricole, faites la demande à la MSA.",
    how: "Faites la demande depuis votre compte ameli (ameli.fr) ou par formulaire à votre CPAM. Le montant affiché est ce que le foyer paierait chaque mois pour cette complémentaire santé.",
    documents: ["Ressources des douze derniers mois de chaque personne du foyer", "Relevé d'identité bancaire (RIB)", INDICATIVE],
    sources: [{ title: "ameli.fr", href: "https://www.ameli.fr" }, MSA_SITE],
  },
};

/** How to apply for a benefit; undefined for one the page has no data for (it is then shown by its variable's name). */
export function howToApply(variable: string): HowToApply | undefined {
  return HOW_TO_APPLY[variable];
}
