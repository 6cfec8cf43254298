// French wording of the codes in a person's export (the PDF; the JSON keeps the codes).
// An unknown code is shown as it is, never hidden.

const table =
  (t: Record<string, string>) =>
  (code: string | null | undefined): string =>
    code === null || code === undefined || code === "" ? "—" : (t[code] ?? code);

export const listStatusLabel = table({
  active: "active",
  inactive: "inactive",
  housed: "logée",
  in_institution: "en institution",
  deceased: "décédée",
});

export const genderLabel = table({ female: "femme", male: "homme", other: "autre" });

export const needLabel = table({
  pets: "animal de compagnie",
  reduced_mobility: "mobilité réduite",
  medical_care: "soins nécessaires",
  pregnancy: "grossesse",
});

export const statusReasonLabel = (reason: string): string =>
  reason.startsWith("correction : ")
    ? `correction par la coordination (${reason.slice("correction : ".length)})`
    : table({
        identified: "inscription sur la liste",
        returned_from_housing: "retour après un logement",
        returned_from_inactive: "nouvelle rencontre après une inactivité",
        returned_from_institution: "retour après une institution",
        returned: "retour sur la liste",
        housed: "logement",
        moved_to_inactive: "sans contact depuis le délai d'inactivité",
        in_institution: "entrée en institution",
        deceased: "décès",
      })(reason);

export const consentPurposeLabel = table({
  orientation: "orientation vers un hébergement",
  follow_up: "suivi par les équipes",
  statistics: "statistiques anonymes",
});

export const channelLabel = table({
  maraude: "maraude",
  call_115: "appel au 115",
  day_centre: "accueil de jour",
  other: "autre",
});

export const livingSituationLabel = table({
  street: "rue",
  squat: "squat",
  tent: "tente",
  car: "voiture",
  emergency_shelter: "hébergement d'urgence",
  hotel: "hôtel",
  hosted: "hébergé·e par un tiers",
  other: "autre",
});

export const encounterCodeLabel = table({
  shelter: "hébergement",
  food: "alimentation",
  hygiene: "hygiène",
  health: "santé",
  rights: "accès aux droits",
  clothes: "vêtements",
  meal: "repas",
  blanket: "couverture",
  hygiene_kit: "kit d'hygiène",
  orientation: "orientation",
  care: "soins",
  listening: "écoute",
});

export const requestKindLabel = table({ urgence: "hébergement d'urgence", insertion: "hébergement d'insertion" });

export const requestStatusLabel = table({
  open: "en attente",
  proposed: "place proposée",
  accepted: "acceptée",
  refused: "refusée",
  arrived: "arrivée",
  ended: "terminée",
});

export const requestEventLabel = table({
  created: "demande ouverte",
  proposed: "place proposée",
  confirmed: "proposition confirmée par l'opérateur",
  overridden: "proposition modifiée par l'opérateur",
  accepted: "proposition acceptée",
  refused: "proposition refusée",
  arrived: "arrivée dans la structure",
  ended: "fin de prise en charge",
  reopened: "demande remise en attente",
});

export const decidedByLabel = table({
  person: "la personne",
  structure: "la structure",
  operator: "l'opérateur du 115",
});

export const destinationLabel = table({
  housing: "logement",
  insertion_shelter: "hébergement d'insertion",
  family_or_friends: "famille ou proches",
  institution: "institution",
  street: "retour à la rue",
  other_solution: "autre solution",
  unknown: "inconnue",
});

export const proposalKindLabel = table({ rename: "changement de nom", deceased: "décès", consent: "consentement" });
export const proposalStatusLabel = table({ pending: "en attente", accepted: "acceptée", rejected: "refusée" });

export const accessLabel = table({ owner: "organisation qui a inscrit la personne", siao: "coordination du SIAO" });

/** What an audit entry did, in words; a creation is named after what was created. */
export const auditActionLabel = (action: string, resource: string): string =>
  action === "create" && resource === "encounter"
    ? "rencontre enregistrée"
    : action === "create" && resource === "request"
      ? "demande ouverte"
      : actionLabel(action);

const actionLabel = table({
  read: "consultation",
  read_timeline: "consultation du parcours",
  read_proposals: "consultation des propositions",
  create: "inscription",
  update: "modification",
  update_status: "changement de statut",
  consent_given: "consentement recueilli",
  consent_withdrawn: "consentement retiré",
  deceased_reverted: "décès annulé",
  proposal_rename: "proposition de changement de nom",
  proposal_deceased: "proposition de décès",
  proposal_consent: "proposition de consentement",
  proposal_accepted: "proposition acceptée",
  proposal_rejected: "proposition refusée",
  merge: "fusion dans une autre fiche",
  merge_target: "fiche fusionnée dans celle-ci",
  split: "séparation d'une fiche fusionnée",
  split_from: "séparation d'une fiche fusionnée",
  encounter_added: "rencontre enregistrée",
  propose: "place proposée",
  unmet_night: "nuit sans solution",
  confirm_proposal: "proposition confirmée",
  override_proposal: "proposition modifiée",
  export: "export des données",
  erase: "effacement",
});

export const auditOutcomeLabel = table({ success: "", denied: "refusé", failure: "échec" });
export const auditResourceLabel = table({ person: "fiche", encounter: "rencontre", request: "demande" });

const LANGUAGES = new Intl.DisplayNames(["fr"], { type: "language" });

/** "arabe (ar)"; a code Intl does not know stays a code. */
export function languageLabel(code: string): string {
  try {
    const name = LANGUAGES.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

const DATE_TIME = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  dateStyle: "short",
  timeStyle: "short",
});
const DATE = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "long" });

/** "12/01/2026 21:05" (heure de Paris); "—" when absent. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d);
}

/** "12 janvier 2026" for a calendar day `YYYY-MM-DD`. */
export function day(value: string | null | undefined): string {
  if (!value) return "—";
  const d = new Date(`${value.slice(0, 10)}T12:00:00.000Z`);
  return Number.isNaN(d.getTime()) ? value : DATE.format(d);
}
