import type { OrganisationKind, Role } from "@zero/db";

// Fictional organisations and people of the Marseille territory, for demonstrations and
// tests. Names of institutions are marked "(démo)"; people and addresses are invented.
export const DEMO_PASSWORD = "demo-zero-2026";

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
}

export interface DemoUser {
  email: string;
  displayName: string;
  memberships: { organisation: string; role: Role }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: "lab", name: "Lab Zéro — Préfecture de région (démo)", kind: "prefecture" },
  { key: "siao", name: "SIAO 13 (démo)", kind: "siao" },
  { key: "ccas", name: "CCAS de Marseille (démo)", kind: "ccas" },
  { key: "horizon", name: "Association Horizon Solidaire (fictive)", kind: "association" },
  { key: "caf", name: "CAF des Bouches-du-Rhône (démo)", kind: "caf" },
];

export const DEMO_USERS: DemoUser[] = [
  {
    email: "admin@lab-zero.example",
    displayName: "Camille Arnaud",
    memberships: [{ organisation: "lab", role: "admin" }],
  },
  {
    email: "coordination@siao13.example",
    displayName: "Yasmine Belkacem",
    memberships: [{ organisation: "siao", role: "coordinator" }],
  },
  {
    email: "agent@ccas-marseille.example",
    displayName: "Lucas Ferrand",
    memberships: [{ organisation: "ccas", role: "agent" }],
  },
  {
    email: "ambassadrice@horizon-asso.example",
    displayName: "Inès Moreau",
    memberships: [{ organisation: "horizon", role: "ambassador" }],
  },
  {
    email: "lecture@caf13.example",
    displayName: "Hugo Santini",
    memberships: [{ organisation: "caf", role: "viewer" }],
  },
  {
    email: "admin@horizon-asso.example",
    displayName: "Sabrina Cohen",
    memberships: [{ organisation: "horizon", role: "admin" }],
  },
];
