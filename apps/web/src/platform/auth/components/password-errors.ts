import { ApiError } from "../../../data/client.ts";
import { messageOf } from "../../../data/error-message.ts";

/**
 * What a password form shows when the API refuses it: the rules broken (PASSWORD_TOO_WEAK
 * details, in French from the API), a too short value (VALIDATION_FAILED), or one message.
 */
export function passwordProblems(error: unknown): { field: string[]; general: string | null } {
  if (error instanceof ApiError && error.code === "PASSWORD_TOO_WEAK" && Array.isArray(error.details)) {
    const problems = (error.details as { problem?: unknown }[])
      .map((d) => (typeof d.problem === "string" ? d.problem : null))
      .filter((p): p is string => p !== null);
    if (problems.length > 0) return { field: problems, general: null };
  }
  if (error instanceof ApiError && error.code === "VALIDATION_FAILED") {
    return { field: ["Le mot de passe doit compter au moins 12 caractères."], general: null };
  }
  return { field: [], general: messageOf(error) };
}

/** The hint under every new-password field: the rules the API checks. */
export const PASSWORD_HINT =
  "12 caractères au moins. Une phrase de plusieurs mots est plus facile à retenir. Évitez les mots de passe " +
  "courants, les suites de touches (azerty, 123456), votre adresse ou votre nom.";
