import { AppError, errorFactory } from "../../errors/app-error.ts";

/** Mes droits' errors (docs/api/errors.md). */
export const DROITS_ERRORS = {
  DROITS_INVALID_SITUATION: { status: 400, message: "La situation envoyée ne peut pas être lue : voir le détail." },
  DROITS_UNKNOWN_VARIABLE: { status: 404, message: "Prestation ou donnée inconnue du modèle de législation." },
  DROITS_NOT_COMPUTED: { status: 422, message: "Zéro ne calcule pas encore cette prestation : voir le détail." },
  DROITS_LIMIT_EXCEEDED: { status: 413, message: "La demande dépasse une borne du calcul : voir le détail." },
  DROITS_BUSY: { status: 503, message: "Le calcul des droits est occupé : réessayez dans quelques secondes." },
} as const;

export const droitsError = errorFactory(DROITS_ERRORS);

/** The situation is read as OpenFisca's Web API reads it: its errors, under Mes droits' codes. */
const FROM_OPENFISCA: Record<string, keyof typeof DROITS_ERRORS> = {
  INVALID_SITUATION: "DROITS_INVALID_SITUATION",
  UNKNOWN_VARIABLE: "DROITS_UNKNOWN_VARIABLE",
  OPENFISCA_NOT_COMPUTED: "DROITS_NOT_COMPUTED",
  OPENFISCA_LIMIT_EXCEEDED: "DROITS_LIMIT_EXCEEDED",
};

export function asDroitsError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const code = FROM_OPENFISCA[error.code];
  return code ? droitsError(code, { message: error.message, details: error.details }) : error;
}
