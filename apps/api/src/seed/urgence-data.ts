import type { OrganisationKind, Role } from "@zero/db";

// Fictional Marseille for the Urgence sociale module: organisations, accounts, structures
// (in real arrondissements, with invented names) and the raw material of invented people.
// No real person's data: names are drawn at random from common first names and surnames.

export const URGENCE_ORGANISATIONS: { key: string; name: string; kind: OrganisationKind; network: "siao" | "siao84" }[] = [
  { key: "phare", name: "Maraude du Phare (fictive)", kind: "association", network: "siao" },
  { key: "fanal", name: "Le Fanal solidaire (fictive)", kind: "association", network: "siao" },
  { key: "abri", name: "Abri Phocéen (fictif)", kind: "association", network: "siao" },
  { key: "toits", name: "Les Toits du Midi (fictive)", kind: "association", network: "siao" },
  { key: "siao84", name: "SIAO 84 (démo)", kind: "siao", network: "siao84" },
  { key: "ventoux", name: "Maraude du Ventoux (fictive)", kind: "association", network: "siao84" },
];
/** Existing demo organisations (demo-data.ts) that join the Marseille network. */
export const NETWORK_13_EXISTING = ["siao", "ccas", "lab"];

export const URGENCE_USERS: { email: string; displayName: string; organisation: string; role: Role }[] = [
  { email: "115@siao13.example", displayName: "Karim Haddad", organisation: "siao", role: "operator_115" },
  { email: "maraude@phare-marseille.example", displayName: "Léa Martin", organisation: "phare", role: "maraude" },
  { email: "maraude@fanal-solidaire.example", displayName: "Tom Garcia", organisation: "fanal", role: "maraude" },
  { email: "accueil@abri-phoceen.example", displayName: "Nora Ziani", organisation: "abri", role: "structure_staff" },
  { email: "accueil@toits-du-midi.example", displayName: "Paul Estève", organisation: "toits", role: "structure_staff" },
  { email: "observatoire@lab-zero.example", displayName: "Julie Roux", organisation: "lab", role: "viewer" },
  { email: "coordination@siao84.example", displayName: "Marc Olivier", organisation: "siao84", role: "coordinator" },
  { email: "maraude@ventoux.example", displayName: "Emma Blanc", organisation: "ventoux", role: "maraude" },
];

type Line = { public: string; unitCapacity: number; units: number; features?: string[] };
export const URGENCE_STRUCTURES: {
  organisation: string;
  name: string;
  kind: string;
  address: string;
  postcode: string;
  lat: number;
  lon: number;
  capacity: Line[];
}[] = [
  {
    organisation: "abri",
    name: "CHU La Madrague (fictif)",
    kind: "chu",
    address: "boulevard fictif de la Madrague",
    postcode: "13015",
    lat: 43.3585,
    lon: 5.3535,
    capacity: [
      { public: "men", unitCapacity: 1, units: 40 },
      { public: "mixed", unitCapacity: 1, units: 10, features: ["pets"] },
    ],
  },
  {
    organisation: "abri",
    name: "CHU Saint-Mauront (fictif)",
    kind: "chu",
    address: "rue fictive de Saint-Mauront",
    postcode: "13003",
    lat: 43.3175,
    lon: 5.3815,
    capacity: [
      { public: "families", unitCapacity: 4, units: 6 },
      { public: "families", unitCapacity: 6, units: 3 },
    ],
  },
  {
    organisation: "toits",
    name: "Halte de nuit Belsunce (fictive)",
    kind: "halte_de_nuit",
    address: "rue fictive de Belsunce",
    postcode: "13001",
    lat: 43.2995,
    lon: 5.377,
    capacity: [
      { public: "mixed", unitCapacity: 1, units: 20 },
      { public: "mixed", unitCapacity: 1, units: 5, features: ["pets"] },
    ],
  },
  {
    organisation: "toits",
    name: "CHRS Les Calanques (fictif)",
    kind: "chrs",
    address: "chemin fictif des Calanques",
    postcode: "13009",
    lat: 43.233,
    lon: 5.44,
    capacity: [
      { public: "women", unitCapacity: 1, units: 15 },
      { public: "families", unitCapacity: 3, units: 4 },
    ],
  },
  {
    organisation: "abri",
    name: "Hôtel Le Prado (fictif)",
    kind: "hotel",
    address: "avenue fictive du Prado",
    postcode: "13008",
    lat: 43.274,
    lon: 5.389,
    capacity: [
      { public: "couples", unitCapacity: 2, units: 6 },
      { public: "families", unitCapacity: 5, units: 4 },
    ],
  },
  {
    organisation: "toits",
    name: "Pension de famille La Belle de Mai (fictive)",
    kind: "pension_de_famille",
    address: "rue fictive de la Belle de Mai",
    postcode: "13003",
    lat: 43.313,
    lon: 5.39,
    capacity: [
      { public: "men", unitCapacity: 1, units: 12 },
      { public: "women", unitCapacity: 1, units: 8 },
      { public: "women", unitCapacity: 1, units: 2, features: ["reduced_mobility"] },
    ],
  },
  {
    organisation: "abri",
    name: "LHSS Sainte-Marguerite (fictif)",
    kind: "lhss",
    address: "boulevard fictif de Sainte-Marguerite",
    postcode: "13009",
    lat: 43.262,
    lon: 5.405,
    capacity: [{ public: "mixed", unitCapacity: 1, units: 10, features: ["reduced_mobility"] }],
  },
  {
    organisation: "toits",
    name: "CHU Jeunes Noailles (fictif)",
    kind: "chu",
    address: "rue fictive de Noailles",
    postcode: "13001",
    lat: 43.2965,
    lon: 5.381,
    capacity: [{ public: "young", unitCapacity: 1, units: 15 }],
  },
  {
    organisation: "abri",
    name: "CHRS Les Aygalades (fictif)",
    kind: "chrs",
    address: "traverse fictive des Aygalades",
    postcode: "13015",
    lat: 43.356,
    lon: 5.372,
    capacity: [
      { public: "families", unitCapacity: 5, units: 3 },
      { public: "families", unitCapacity: 6, units: 2 },
    ],
  },
  {
    organisation: "toits",
    name: "CHU Menpenti (fictif)",
    kind: "chu",
    address: "rue fictive de Menpenti",
    postcode: "13010",
    lat: 43.285,
    lon: 5.398,
    capacity: [
      { public: "women", unitCapacity: 1, units: 20 },
      { public: "families", unitCapacity: 3, units: 5 },
    ],
  },
  {
    organisation: "abri",
    name: "Hôtel Castellane (fictif)",
    kind: "hotel",
    address: "place fictive de Castellane",
    postcode: "13006",
    lat: 43.286,
    lon: 5.3835,
    capacity: [
      { public: "families", unitCapacity: 4, units: 4 },
      { public: "couples", unitCapacity: 2, units: 4, features: ["pets"] },
    ],
  },
  {
    organisation: "toits",
    name: "Halte de nuit La Joliette (fictive)",
    kind: "halte_de_nuit",
    address: "quai fictif de la Joliette",
    postcode: "13002",
    lat: 43.305,
    lon: 5.367,
    capacity: [
      { public: "men", unitCapacity: 1, units: 25 },
      { public: "men", unitCapacity: 1, units: 10, features: ["pets"] },
    ],
  },
];

/** Places of encounters: real public places of Marseille, coordinates jittered by the seed. */
export const SECTORS: { name: string; lat: number; lon: number }[] = [
  { name: "Gare Saint-Charles", lat: 43.3027, lon: 5.3806 },
  { name: "Vieux-Port", lat: 43.2951, lon: 5.374 },
  { name: "Cours Julien", lat: 43.294, lon: 5.384 },
  { name: "La Canebière", lat: 43.2975, lon: 5.379 },
  { name: "Porte d'Aix", lat: 43.304, lon: 5.373 },
  { name: "Noailles", lat: 43.296, lon: 5.3815 },
  { name: "La Joliette", lat: 43.306, lon: 5.366 },
  { name: "Belsunce", lat: 43.3, lon: 5.3765 },
  { name: "Castellane", lat: 43.286, lon: 5.3835 },
  { name: "Plage des Catalans", lat: 43.2905, lon: 5.355 },
  { name: "Parc Borély", lat: 43.259, lon: 5.382 },
  { name: "Les Réformés", lat: 43.2995, lon: 5.387 },
];

/** Demo sectors of the teams (rough rectangles, not real boundaries). */
const box = (w: number, s: number, e: number, n: number) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
export const DEMO_SECTORS: { organisation: string; name: string; geometry: ReturnType<typeof box> | null; arrondissements: string[] }[] = [
  { organisation: "phare", name: "Gare et Belsunce", geometry: box(5.369, 43.2985, 5.386, 43.3075), arrondissements: ["13001", "13003"] },
  {
    organisation: "fanal",
    name: "Vieux-Port et Noailles",
    geometry: box(5.368, 43.2905, 5.392, 43.2985),
    arrondissements: ["13001", "13006"],
  },
  { organisation: "fanal", name: "Littoral sud", geometry: box(5.345, 43.25, 5.395, 43.2905), arrondissements: ["13007", "13008"] },
];

export const FIRST_NAMES = {
  female: [
    "Amina",
    "Sophie",
    "Fatou",
    "Irina",
    "Nadia",
    "Chantal",
    "Leïla",
    "Maria",
    "Aïcha",
    "Sandrine",
    "Elena",
    "Samira",
    "Julie",
    "Awa",
    "Monique",
    "Yasmina",
  ],
  male: [
    "Mohamed",
    "Jean",
    "Ibrahima",
    "Pierre",
    "Karim",
    "Sergiu",
    "Mamadou",
    "Patrick",
    "Youssef",
    "Alain",
    "Dimitri",
    "Rachid",
    "Franck",
    "Omar",
    "Thierry",
    "Bilal",
    "Christophe",
    "Moussa",
  ],
};
export const LAST_NAMES = [
  "Benali",
  "Martin",
  "Diallo",
  "Popescu",
  "Bernard",
  "Haddad",
  "Traoré",
  "Dubois",
  "Mansouri",
  "Petit",
  "Camara",
  "Moreau",
  "Cherif",
  "Lefebvre",
  "Sow",
  "Garnier",
  "Boukhari",
  "Roux",
  "Ionescu",
  "Fontaine",
  "Keita",
  "Mercier",
  "Amrani",
  "Girard",
];
export const ALIASES = [
  "le Pêcheur",
  "Tonton",
  "Mamie Rose",
  "le Grand",
  "Petit Louis",
  "la Marseillaise",
  "le Chti",
  "Capitaine",
  "Bouboule",
  "l'Artiste",
  "Doudou",
  "la Reine",
  "le Prof",
  "Kiki",
  "Mémé",
  "le Chef",
  "Grand Sourire",
  "Pépito",
  "Lulu",
  "le Docteur",
];
export const LANGUAGES = ["fr", "fr", "fr", "ar", "ro", "en", "wo", "ru", "ps", "ti"];
