import type { PersonView } from "@zero/schemas";

// French labels of the Urgence sociale codes (packages/schemas/src/urgence). An unknown
// code is shown as is.

const label = (table: Record<string, string>) => (code: string | null | undefined) =>
  code === null || code === undefined ? "—" : (table[code] ?? code);

export const LIST_STATUS_LABELS: Record<string, string> = {
  active: "Active",
  inactive: "Inactive",
  housed: "Logée",
  in_institution: "En institution",
  deceased: "Décédée",
};
export const listStatusLabel = label(LIST_STATUS_LABELS);

export const NEED_LABELS: Record<string, string> = {
  pets: "Animal de compagnie",
  reduced_mobility: "Mobilité réduite",
  medical_care: "Soins nécessaires",
  pregnancy: "Grossesse",
};
export const needLabel = label(NEED_LABELS);

export const GENDER_LABELS: Record<string, string> = { female: "Femme", male: "Homme", other: "Autre" };
export const genderLabel = label(GENDER_LABELS);

export const PUBLIC_LABELS: Record<string, string> = {
  men: "Hommes",
  women: "Femmes",
  mixed: "Mixte",
  couples: "Couples",
  families: "Familles",
  young: "Jeunes (18–24 ans)",
};
export const publicLabel = label(PUBLIC_LABELS);

export const FEATURE_LABELS: Record<string, string> = { pets: "animaux acceptés", reduced_mobility: "accessible (mobilité réduite)" };

export const LIVING_SITUATION_LABELS: Record<string, string> = {
  street: "Rue",
  squat: "Squat",
  tent: "Tente",
  car: "Voiture",
  emergency_shelter: "Hébergement d'urgence",
  hotel: "Hôtel",
  hosted: "Hébergé·e par un tiers",
  other: "Autre",
};
export const livingSituationLabel = label(LIVING_SITUATION_LABELS);

/** Needs expressed and services given are free codes; these are the ones the screens offer. */
export const EXPRESSED_NEED_LABELS: Record<string, string> = {
  shelter: "Hébergement",
  food: "Alimentation",
  hygiene: "Hygiène",
  health: "Santé",
  rights: "Accès aux droits",
  clothes: "Vêtements",
};
export const SERVICE_LABELS: Record<string, string> = {
  meal: "Repas",
  blanket: "Couverture",
  hygiene_kit: "Kit d'hygiène",
  orientation: "Orientation",
  care: "Soins",
  listening: "Écoute",
};
export const codeLabel = (code: string) => EXPRESSED_NEED_LABELS[code] ?? SERVICE_LABELS[code] ?? code;

export const REQUEST_STATUS_LABELS: Record<string, string> = {
  open: "En attente",
  proposed: "Place proposée",
  accepted: "Acceptée",
  refused: "Refusée",
  arrived: "Arrivée",
  ended: "Terminée",
};
export const requestStatusLabel = label(REQUEST_STATUS_LABELS);

export const REQUEST_KIND_LABELS: Record<string, string> = { urgence: "Urgence", insertion: "Insertion" };

export const STRUCTURE_KIND_LABELS: Record<string, string> = {
  chu: "CHU",
  chrs: "CHRS",
  hotel: "Hôtel",
  pension_de_famille: "Pension de famille",
  lhss: "LHSS",
  halte_de_nuit: "Halte de nuit",
  autre: "Autre",
};
export const structureKindLabel = label(STRUCTURE_KIND_LABELS);

export const COHORT_LABELS: Record<string, string> = {
  all: "Toutes les personnes",
  families: "Familles",
  single_adults: "Adultes seuls",
  young: "Jeunes (18–24 ans)",
  women: "Femmes seules",
};

export const ACCESS_LABELS: Record<string, string> = {
  owner: "fiche de votre organisation",
  siao: "coordination du SIAO",
  consent: "partagée avec consentement",
  structure: "orientée vers votre structure",
};

/** "Prénom Nom « alias »", or whichever of them exists. */
export function personLabel(person: Pick<PersonView, "alias" | "firstName" | "lastName">): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(" ");
  if (name && person.alias) return `${name} « ${person.alias} »`;
  return name || person.alias || "Personne sans nom";
}

/** "Familles, lits de 5, animaux acceptés" for a line key's parts. */
export function lineLabel(line: { public: string; unitCapacity: number; features: readonly string[] }): string {
  const unit = line.unitCapacity === 1 ? "1 lit" : `unités de ${line.unitCapacity} lits`;
  const features = line.features.map((f) => FEATURE_LABELS[f] ?? f);
  return [publicLabel(line.public), unit, ...features].join(", ");
}

/** Parses a line key `public:unitCapacity:features` (features joined by "+"). */
export function parseLineKey(key: string): { public: string; unitCapacity: number; features: string[] } {
  const [pub = "", size = "1", features = ""] = key.split(":");
  return { public: pub, unitCapacity: Number(size) || 1, features: features ? features.split("+") : [] };
}

export function householdLabel(adults: number, children: number): string {
  const a = `${adults} adulte${adults > 1 ? "s" : ""}`;
  return children > 0 ? `${a}, ${children} enfant${children > 1 ? "s" : ""}` : a;
}
