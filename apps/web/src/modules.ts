// The five modules of Zéro, as the navigation, the home page and the module pages show
// them. Wording follows docs/PRODUCT.md; nothing here pretends a feature already exists.

export type ModuleId = "lab" | "urgence-sociale" | "occupation-temporaire" | "ambassadeurs" | "droits";

export type ModuleInfo = {
  id: ModuleId;
  path: `/${ModuleId}`;
  /** Short label for the main navigation. */
  navLabel: string;
  title: string;
  /** The project's question ("Et si… ?"), when the module carries one of the lab's projects. */
  question?: string;
  summary: string;
  /** What the module will let its users do, in plain French. */
  plannedFeatures: string[];
  /** Who will use it. */
  audience: string;
};

export const modules: readonly ModuleInfo[] = [
  {
    id: "lab",
    path: "/lab",
    navLabel: "Lab",
    title: "Le Lab",
    summary:
      "Piloter le portefeuille du laboratoire : horizons, projets, partenaires, expérimentations, financements, connaissances et événements, avec le catalogue des dispositifs.",
    plannedFeatures: [
      "Suivre chaque horizon, son objectif zéro et ses indicateurs.",
      "Faire avancer les projets « Et si… ? » de l'idée à la capitalisation, en passant par l'expérimentation.",
      "Tenir le catalogue des dispositifs de l'État, des collectivités et des associations, et repérer ceux qui se recouvrent.",
      "Partager méthodes, connaissances et événements (mission INSPIRER).",
    ],
    audience: "L'équipe du Lab et ses partenaires.",
  },
  {
    id: "urgence-sociale",
    path: "/urgence-sociale",
    navLabel: "Urgence sociale",
    title: "Urgence sociale",
    question: "Et si on redonnait son sens à l'urgence sociale ?",
    summary:
      "Une liste nominative partagée des personnes à la rue, les places d'hébergement disponibles chaque jour et une orientation expliquée vers la bonne place.",
    plannedFeatures: [
      "Tenir une liste nominative partagée, avec le consentement des personnes et un minimum de données.",
      "Déclarer chaque jour les places libres par public (hommes, femmes, familles, animaux, mobilité réduite).",
      "Orienter vers une place en expliquant pourquoi elle convient, ou pourquoi aucune ne convient.",
      "Coordonner les maraudes et suivre le tableau de bord du « zéro fonctionnel ».",
    ],
    audience: "Le 115, le SIAO, les équipes de maraude et les gestionnaires d'hébergement.",
  },
  {
    id: "occupation-temporaire",
    path: "/occupation-temporaire",
    navLabel: "Occupation temporaire",
    title: "Occupation temporaire",
    question: "Et si on utilisait tous les bâtiments vides pour loger des personnes sans-abri ?",
    summary:
      "Le registre des bâtiments vacants, leur qualification jusqu'à la convention d'occupation, et leur rapprochement avec les besoins d'hébergement.",
    plannedFeatures: [
      "Recenser les bâtiments vacants, à la main ou par import, et les voir sur une carte.",
      "Suivre chaque bâtiment du repérage à l'occupation puis à la restitution.",
      "Estimer la capacité d'accueil et comparer le coût par nuit aux nuitées d'hôtel.",
      "Rapprocher les bâtiments des associations gestionnaires et des besoins de la liste nominative.",
    ],
    audience: "Les services immobiliers de l'État, les communes, les propriétaires et les associations.",
  },
  {
    id: "ambassadeurs",
    path: "/ambassadeurs",
    navLabel: "Ambassadeurs",
    title: "Ambassadeurs des droits",
    question: "Et si on allait vers les personnes qu'on ne touche jamais ?",
    summary:
      "Une application de terrain pour les ambassadeurs : rencontre, vérification rapide des droits, orientation vers le bon service et suivi jusqu'à l'ouverture du droit.",
    plannedFeatures: [
      "Enregistrer une rencontre, même sans réseau, et synchroniser plus tard.",
      "Vérifier rapidement les droits possibles d'une personne.",
      "Orienter vers le bon service et suivre la demande jusqu'à l'ouverture du droit.",
      "Mesurer les personnes rencontrées, les droits ouverts et les montants gagnés.",
    ],
    audience: "Les ambassadeurs des droits : pairs, médiateurs et bénévoles.",
  },
  {
    id: "droits",
    path: "/droits",
    navLabel: "Droits",
    title: "Automatisation des droits",
    question: "Et si les droits devenaient automatiques ?",
    summary:
      "Un moteur de règles de la législation sociale française pour simuler les droits, expliquer chaque résultat et détecter le non-recours à grande échelle.",
    plannedFeatures: [
      "Simuler les droits d'un foyer (RSA, prime d'activité, aides au logement, AAH, CSS…) et expliquer le résultat en français clair.",
      "Détecter, dans un fichier d'allocataires, les foyers qui semblent éligibles sans percevoir la prestation.",
      "Transformer une détection en demande pré-remplie, suivie jusqu'au bout.",
    ],
    audience: "Les organismes (CAF, CPAM, département, CCAS), les ambassadeurs et les citoyens.",
  },
];

export function moduleById(id: ModuleId): ModuleInfo {
  const found = modules.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`Unknown module ${id}`);
  return found;
}
