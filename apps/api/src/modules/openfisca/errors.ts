import { errorFactory } from "../../errors/app-error.ts";

/** The OpenFisca Web API's errors (docs/api/errors.md). */
export const OPENFISCA_ERRORS = {
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
  OPENFISCA_NOT_COMPUTED: {
    status: 422,
    message: "La requête demande des variables que Zéro ne calcule pas encore : voir le détail.",
  },
  INVALID_SITUATION: {
    status: 400,
    message: "La situation envoyée ne peut pas être lue : voir le détail.",
  },
} as const;

/** `throw openfiscaError("OPENFISCA_BUSY")`: an AppError with this module's status and message. */
export const openfiscaError = errorFactory(OPENFISCA_ERRORS);
