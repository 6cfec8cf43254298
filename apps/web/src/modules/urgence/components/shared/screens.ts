import type { MembershipView } from "@zero/schemas";

// The screens of the Urgence sociale module and the roles each one is offered to. The API
// enforces the same rules (apps/api/src/authz/policy.ts, docs/urgence.md); the web app only
// avoids offering what would be refused.

export type ScreenId = "accueil-115" | "maraude" | "places" | "orientation" | "carte" | "tableau-de-bord";

export type Screen = { id: ScreenId; label: string; description: string; roles: readonly string[] };

export const URGENCE_BASE = "/urgence-sociale";

export const SCREENS: readonly Screen[] = [
  {
    id: "accueil-115",
    label: "Accueil 115",
    description:
      "Rechercher une personne sur la liste nominative, l'inscrire, recueillir son consentement et ouvrir une demande d'hébergement.",
    roles: ["operator_115", "coordinator"],
  },
  {
    id: "maraude",
    label: "Maraude",
    description: "Enregistrer une rencontre dans la rue et retrouver les rencontres récentes de l'équipe.",
    roles: ["maraude", "coordinator"],
  },
  {
    id: "places",
    label: "Places",
    description: "Déclarer les places libres de ce soir dans vos structures et accueillir les personnes orientées.",
    roles: ["structure_staff"],
  },
  {
    id: "orientation",
    label: "Orientation",
    description: "Lancer l'orientation de la nuit, lire la raison de chaque proposition, confirmer ou modifier.",
    roles: ["operator_115", "coordinator"],
  },
  {
    id: "carte",
    label: "Carte",
    description:
      "Les structures du réseau, les secteurs des équipes et les rencontres que vous pouvez voir sur une carte, avec leur liste.",
    roles: ["operator_115", "coordinator", "maraude", "structure_staff", "viewer", "admin"],
  },
  {
    id: "tableau-de-bord",
    label: "Tableau de bord",
    description: "Le chemin vers le « zéro fonctionnel » : personnes actives, entrées, sorties, demandes sans solution.",
    roles: ["operator_115", "coordinator", "maraude", "structure_staff", "viewer", "admin"],
  },
];

export const screenPath = (id: ScreenId) => `${URGENCE_BASE}/${id}`;

export function screenById(id: ScreenId): Screen {
  const screen = SCREENS.find((candidate) => candidate.id === id);
  if (screen === undefined) throw new Error(`Unknown screen ${id}`);
  return screen;
}

/** The memberships (in an organisation of the network) that open a screen. */
export function membershipsFor(memberships: readonly MembershipView[], roles: readonly string[]): MembershipView[] {
  return memberships.filter((membership) => roles.includes(membership.role));
}
