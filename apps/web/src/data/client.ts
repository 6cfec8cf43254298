// Thin fetch wrapper for the Zéro API: JSON in and out, the session cookie sent by the
// browser (same origin), the CSRF token echoed on every state-changing request, and
// every failure turned into one shape, { code, message }, with a French message.

export type ApiErrorBody = { code: string; message: string; details?: unknown };

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let csrfToken: string | undefined;

/** Remembers the token from the last /api/me or login response (undefined after logout). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (UNSAFE_METHODS.has(method) && csrfToken !== undefined) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, {
      code: "NETWORK_ERROR",
      message: "Le serveur est injoignable. Vérifiez votre connexion puis réessayez.",
    });
  }

  if (!response.ok) throw new ApiError(response.status, await readErrorBody(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function readErrorBody(response: Response): Promise<ApiErrorBody> {
  const fallback: ApiErrorBody = {
    code: `HTTP_${response.status}`,
    message:
      response.status >= 502 && response.status <= 504
        ? "Le serveur est momentanément indisponible. Réessayez dans quelques instants."
        : "Une erreur inattendue est survenue. Réessayez dans quelques instants.",
  };
  try {
    const parsed: unknown = await response.json();
    if (isErrorEnvelope(parsed)) return parsed.error;
  } catch {
    // Not JSON (a proxy page, an empty body): keep the generic French message.
  }
  return fallback;
}

function isErrorEnvelope(value: unknown): value is { error: ApiErrorBody } {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}
