/** An error's HTTP status and the French message shown to people. */
export interface ErrorSpec {
  status: number;
  message: string;
}
export type ErrorTable = Record<string, ErrorSpec>;

/**
 * The platform's errors: a stable code (clients and tests rely on it), the HTTP status, and
 * the French message shown to people. Each module adds its own (`errors` in its manifest,
 * codes prefixed by the module's name); `composeErrorCatalogue` makes the one catalogue that
 * docs/api/errors.md lists and GET /api/errors/{code} serves; a test fails when they drift apart.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: "La requête contient des données invalides." },
  DATE_IN_FUTURE: {
    status: 400,
    message: "Une date observée (rencontre, consentement, jour d'application) ne peut pas être dans le futur : voir le détail.",
  },
  PERSONAL_DATA_IN_TEXT: {
    status: 400,
    message:
      "Un motif ou une raison ne doit contenir ni téléphone, ni e-mail, ni numéro d'identification, ni nom : " +
      "décrivez la finalité, sans donnée sur la personne.",
  },
  DATE_OUT_OF_RANGE: {
    status: 400,
    message: "Une date est hors de la période admise pour ce champ : voir le détail.",
  },
  INVALID_JSON: { status: 400, message: "Le corps de la requête n'est pas un JSON valide." },
  BAD_REQUEST: { status: 400, message: "La requête est mal formée." },
  UNAUTHENTICATED: { status: 401, message: "Vous devez être connecté·e pour accéder à cette ressource." },
  INVALID_CREDENTIALS: { status: 401, message: "Adresse électronique ou mot de passe incorrect." },
  PASSWORD_TOO_WEAK: {
    status: 400,
    message:
      "Ce mot de passe est trop facile à deviner : au moins 12 caractères, ni mot de passe courant, " +
      "ni suite ou répétition, ni votre adresse ou votre nom (voir le détail).",
  },
  PASSWORD_UNCHANGED: { status: 400, message: "Le nouveau mot de passe doit être différent de l'actuel." },
  RESET_LINK_INVALID: {
    status: 400,
    message: "Ce lien n'est plus valable : il a déjà servi ou a expiré (30 minutes). Demandez-en un nouveau.",
  },
  CURRENT_PASSWORD_INCORRECT: { status: 403, message: "Le mot de passe actuel est incorrect." },
  CSRF_INVALID: {
    status: 403,
    message: "Jeton de sécurité manquant ou invalide : rechargez la page puis réessayez.",
  },
  FORBIDDEN: { status: 403, message: "Votre rôle ne vous permet pas cette action." },
  NOT_FOUND: { status: 404, message: "Ressource introuvable." },
  ROUTE_NOT_FOUND: { status: 404, message: "Cette adresse ne correspond à aucun service de l'API." },
  ROLE_NOT_GRANTABLE: {
    status: 403,
    message: "Ce rôle ne peut pas être attribué dans ce type d'organisation.",
  },
  ROLE_NOT_ADMITTED: {
    status: 403,
    message: "Ce rôle ouvre la liste nominative : le réseau SIAO de l'organisation doit d'abord l'admettre pour elle.",
  },
  SELF_GRANT: { status: 403, message: "Vous ne pouvez pas modifier vos propres rôles ni votre propre compte." },
  EMAIL_TAKEN: { status: 409, message: "Un compte existe déjà avec cette adresse électronique." },
  PROCONNECT_DISABLED: { status: 404, message: "La connexion avec ProConnect n'est pas activée sur ce service." },
  PROCONNECT_UNAVAILABLE: {
    status: 503,
    message: "ProConnect ne répond pas : réessayez dans quelques minutes ou utilisez votre mot de passe.",
  },
  PROCONNECT_STATE_INVALID: {
    status: 400,
    message: "Cette connexion ProConnect a expiré ou a déjà servi : recommencez depuis la page de connexion.",
  },
  PROCONNECT_FAILED: {
    status: 401,
    message: "ProConnect n'a pas pu confirmer votre identité : recommencez la connexion.",
  },
  PROCONNECT_UNKNOWN_ORGANISATION: {
    status: 403,
    message: "Votre organisation (SIRET transmis par ProConnect) n'est pas inscrite sur Zéro.",
  },
  PROCONNECT_UNKNOWN_USER: {
    status: 403,
    message: "Aucun compte Zéro à votre adresse dans cette organisation : demandez à son administrateur.",
  },
  PROCONNECT_ACR_INSUFFICIENT: {
    status: 403,
    message: "Votre rôle touche des personnes suivies : reconnectez-vous à ProConnect en double authentification.",
  },
  TOTP_REQUIRED: { status: 401, message: "Saisissez le code à 6 chiffres de votre application d'authentification." },
  TOTP_ENROLMENT_REQUIRED: {
    status: 401,
    message: "Votre rôle exige une double authentification : configurez une application d'authentification.",
  },
  TOTP_INVALID: {
    status: 401,
    message: "Code incorrect ou déjà utilisé : saisissez le code affiché maintenant par votre application.",
  },
  TOTP_CHALLENGE_INVALID: {
    status: 401,
    message: "Cette étape a expiré ou reçu trop de codes faux : saisissez à nouveau votre mot de passe.",
  },
  TOTP_ALREADY_ENROLLED: { status: 409, message: "La double authentification est déjà activée sur ce compte." },
  TOTP_NOT_ENROLLED: {
    status: 409,
    message: "Aucune double authentification n'est en cours de configuration ni activée sur ce compte.",
  },
  TOTP_REQUIRED_BY_POLICY: {
    status: 409,
    message: "Votre rôle exige la double authentification : elle ne peut pas être désactivée.",
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: "Le contenu envoyé est trop volumineux." },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: "Type de contenu non pris en charge : envoyez du JSON (application/json).",
  },
  LOGIN_LOCKED: {
    status: 429,
    message:
      "Trop d'échecs de connexion pour ce compte : il est bloqué quelques minutes. Réessayez plus tard, " +
      "ou choisissez un nouveau mot de passe avec « Mot de passe oublié ».",
  },
  RATE_LIMITED: {
    status: 429,
    message: "Trop de tentatives. Patientez quelques minutes avant de réessayer.",
  },
  INTERNAL_ERROR: {
    status: 500,
    message: "Une erreur inattendue est survenue. L'équipe technique a été prévenue.",
  },
  FIELD_KEY_UNAVAILABLE: {
    status: 500,
    message: "Des données chiffrées ne s'ouvrent avec aucune clé du serveur : l'équipe technique est prévenue.",
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: "La base de données est momentanément indisponible.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The platform's errors and every module's, refusing a code declared twice. */
export function composeErrorCatalogue(modules: readonly { name: string; errors: ErrorTable }[]): ErrorTable {
  const all: ErrorTable = { ...ERROR_CATALOGUE };
  for (const module of modules) {
    for (const [code, spec] of Object.entries(module.errors)) {
      if (code in all) throw new Error(`error code ${code} of module ${module.name} is declared twice`);
      all[code] = spec;
    }
  }
  return all;
}
