import { ApiError, type ApiErrorBody } from "../data/client.ts";

// A person's data export, RGPD art. 15 (docs/api/export.md): a file to download, made by
// the organisation that registered the person or the SIAO coordination, audited by the server.

export type ExportFormat = "pdf" | "json";

/** Fetches the export and hands it to the browser as a download named by the server (the record's id). */
export async function downloadPersonExport(personId: string, format: ExportFormat, purpose: string): Promise<void> {
  const search = new URLSearchParams({ format, purpose });
  let response: Response;
  try {
    response = await fetch(`/api/urgence/people/${encodeURIComponent(personId)}/export?${search.toString()}`, {
      credentials: "same-origin",
      headers: { accept: format === "pdf" ? "application/pdf" : "application/json" },
    });
  } catch {
    throw new ApiError(0, {
      code: "NETWORK_ERROR",
      message: "Le serveur est injoignable. Vérifiez votre connexion puis réessayez.",
    });
  }
  if (!response.ok) throw new ApiError(response.status, await errorOf(response));
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `zero-export.${format}`;
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The browser has taken the file; the data does not stay in the page.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

async function errorOf(response: Response): Promise<ApiErrorBody> {
  try {
    const body = (await response.json()) as { error?: ApiErrorBody };
    if (body.error && typeof body.error.code === "string" && typeof body.error.message === "string") return body.error;
  } catch {
    // Not JSON: the generic message below.
  }
  return {
    code: `HTTP_${response.status}`,
    message: "L'export n'a pas pu être fait. Réessayez dans quelques instants.",
  };
}
