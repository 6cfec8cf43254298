import { errorFactory } from "../../errors/app-error.ts";

/** Urgence sociale's errors (docs/api/errors.md): codes prefixed URGENCE_, messages in French. */
export const URGENCE_ERRORS = {
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
} as const;

/** `throw urgenceError("URGENCE_NO_CAPACITY")`: an AppError with this module's status and message. */
export const urgenceError = errorFactory(URGENCE_ERRORS);
