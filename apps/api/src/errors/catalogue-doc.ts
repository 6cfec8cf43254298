import { ERROR_CATALOGUE } from "./catalogue.ts";

/** The markdown table of docs/api/errors.md, rendered from the catalogue. */
export function renderErrorTable(): string {
  const rows = Object.entries(ERROR_CATALOGUE).map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.message} |`);
  return ["| code | HTTP | message |", "|---|---|---|", ...rows].join("\n");
}
