import { ApiError } from "./client.ts";

/** The French message to show for a failure: the API's own words, or a generic one for anything else. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Une erreur inattendue est survenue. Réessayez dans quelques instants.";
}
