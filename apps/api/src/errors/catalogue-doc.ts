import type { ErrorTable } from "./catalogue.ts";

/** The markdown table of docs/api/errors.md, rendered from the composed catalogue. */
export function renderErrorTable(catalogue: ErrorTable): string {
  const rows = Object.entries(catalogue).map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.message} |`);
  return ["| code | HTTP | message |", "|---|---|---|", ...rows].join("\n");
}
