/**
 * The one catalogue of API errors: a stable code (clients and tests rely on it), the HTTP
 * status, and the French message shown to people. docs/api/errors.md lists the same
 * entries; a test fails when the two drift apart.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: "La requête contient des données invalides." },
  INVALID_JSON: { status: 400, message: "Le corps de la requête n'est pas un JSON valide." },
  BAD_REQUEST: { status: 400, message: "La requête est mal formée." },
  UNAUTHENTICATED: { status: 401, message: "Vous devez être connecté·e pour accéder à cette ressource." },
  INVALID_CREDENTIALS: { status: 401, message: "Adresse électronique ou mot de passe incorrect." },
  CSRF_INVALID: {
    status: 403,
    message: "Jeton de sécurité manquant ou invalide : rechargez la page puis réessayez.",
  },
  FORBIDDEN: { status: 403, message: "Votre rôle ne vous permet pas cette action." },
  NOT_FOUND: { status: 404, message: "Ressource introuvable." },
  ROUTE_NOT_FOUND: { status: 404, message: "Cette adresse ne correspond à aucun service de l'API." },
  UNKNOWN_VARIABLE: {
    status: 404,
    message: "Variable inconnue du modèle de législation.",
  },
  UNKNOWN_PARAMETER: {
    status: 404,
    message: "Paramètre inconnu du modèle de législation.",
  },
  INVALID_SITUATION: {
    status: 400,
    message: "La situation envoyée ne peut pas être lue : voir le détail.",
  },
  ROLE_NOT_GRANTABLE: {
    status: 403,
    message: "Ce rôle ne peut pas être attribué dans ce type d'organisation.",
  },
  EMAIL_TAKEN: { status: 409, message: "Un compte existe déjà avec cette adresse électronique." },
  URGENCE_NAME_REQUIRED: {
    status: 400,
    message: "Indiquez au moins un alias, un prénom ou un nom pour la personne.",
  },
  URGENCE_REASON_REQUIRED: { status: 400, message: "Cette décision doit être motivée : indiquez la raison." },
  URGENCE_NOT_IN_NETWORK: {
    status: 400,
    message: "Cette organisation ne fait pas partie du réseau SIAO concerné.",
  },
  URGENCE_INVALID_TRANSITION: {
    status: 409,
    message: "Ce changement d'état n'est pas possible depuis l'état actuel de la demande.",
  },
  URGENCE_NO_CAPACITY: {
    status: 409,
    message: "Cette place ne convient pas à la demande ou n'est plus libre pour cette nuit.",
  },
  URGENCE_CONSENT_WITHDRAWN: { status: 409, message: "Ce consentement a déjà été retiré." },
  URGENCE_AUDIENCE_OUTSIDE_NETWORK: {
    status: 400,
    message: "Le consentement ne peut viser que le réseau SIAO de l'organisation qui l'enregistre ou des organisations de ce réseau.",
  },
  URGENCE_MERGE_INVALID: {
    status: 409,
    message: "Ces fiches ne peuvent pas être fusionnées ou séparées (fiche déjà fusionnée ou identique).",
  },
  URGENCE_SECTOR_INVALID: {
    status: 400,
    message: "Le contour du secteur est invalide : chaque anneau doit être fermé (dernier point = premier point).",
  },
  URGENCE_SECTOR_NAME_TAKEN: { status: 409, message: "Un secteur porte déjà ce nom dans ce réseau." },
  URGENCE_ALREADY_IN_NETWORK: {
    status: 409,
    message: "Cette organisation fait déjà partie d'un réseau SIAO : retirez-la d'abord de ce réseau.",
  },
  URGENCE_NETWORK_SIAO: { status: 409, message: "Le SIAO qui anime le réseau ne peut pas en être retiré." },
  PAYLOAD_TOO_LARGE: { status: 413, message: "Le contenu envoyé est trop volumineux." },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: "Type de contenu non pris en charge : envoyez du JSON (application/json).",
  },
  RATE_LIMITED: {
    status: 429,
    message: "Trop de tentatives. Patientez quelques minutes avant de réessayer.",
  },
  INTERNAL_ERROR: {
    status: 500,
    message: "Une erreur inattendue est survenue. L'équipe technique a été prévenue.",
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: "La base de données est momentanément indisponible.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
