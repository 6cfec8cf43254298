/**
 * The one catalogue of API errors: a stable code (clients and tests rely on it), the HTTP
 * status, and the French message shown to people. docs/api/errors.md lists the same
 * entries; a test fails when the two drift apart.
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
  UNKNOWN_VARIABLE: {
    status: 404,
    message: "Variable inconnue du modèle de législation.",
  },
  UNKNOWN_PARAMETER: {
    status: 404,
    message: "Paramètre inconnu du modèle de législation.",
  },
  OPENFISCA_LIMIT_EXCEEDED: {
    status: 413,
    message: "La requête dépasse une borne du moteur public : voir le détail.",
  },
  OPENFISCA_BUSY: {
    status: 503,
    message: "Le moteur de calcul est occupé : réessayez dans quelques secondes.",
  },
  INVALID_SITUATION: {
    status: 400,
    message: "La situation envoyée ne peut pas être lue : voir le détail.",
  },
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
  URGENCE_NAME_REQUIRED: {
    status: 400,
    message: "Indiquez au moins un alias, un prénom ou un nom pour la personne.",
  },
  URGENCE_REASON_REQUIRED: { status: 400, message: "Cette décision doit être motivée : indiquez la raison." },
  URGENCE_NOT_IN_NETWORK: {
    status: 400,
    message: "Cette organisation ne fait pas partie du réseau SIAO concerné.",
  },
  URGENCE_OWNER_ONLY: {
    status: 403,
    message: "Seule l'organisation qui a inscrit la personne, ou la coordination du SIAO, peut faire ce changement : proposez-le.",
  },
  URGENCE_COORDINATION_ONLY: {
    status: 403,
    message: "Seule la coordination du SIAO peut annuler un décès enregistré par erreur.",
  },
  URGENCE_EXPORT_OWNER_ONLY: {
    status: 403,
    message:
      "Seule l'organisation qui a inscrit la personne, ou la coordination du SIAO, peut exporter ses données : " +
      "adressez-lui la demande.",
  },
  URGENCE_PROPOSAL_NOT_NEEDED: {
    status: 409,
    message: "Votre organisation peut faire ce changement elle-même : inutile de le proposer.",
  },
  URGENCE_PROPOSAL_DECIDED: { status: 409, message: "Cette proposition a déjà été acceptée ou refusée." },
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
