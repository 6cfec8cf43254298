import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE } from "../src/errors/catalogue.ts";
import { renderErrorTable } from "../src/errors/catalogue-doc.ts";

const doc = readFileSync(fileURLToPath(new URL("../../../docs/api/errors.md", import.meta.url)), "utf8");

describe("error catalogue", () => {
  it("is documented exactly in docs/api/errors.md (regenerate with `npm run docs:errors`)", () => {
    const between = doc.split("<!-- errors:start -->")[1]?.split("<!-- errors:end -->")[0]?.trim();
    expect(between).toBe(renderErrorTable());
  });

  it("uses 4xx for client mistakes and 5xx only for the server's own failures", () => {
    for (const [code, e] of Object.entries(ERROR_CATALOGUE)) {
      // 5xx: the server's own failures, or a service it depends on that does not answer.
      if (e.status >= 500)
        expect([
          "INTERNAL_ERROR",
          "DATABASE_UNAVAILABLE",
          "PROCONNECT_UNAVAILABLE",
          "OPENFISCA_BUSY",
          // A sealed field that no configured key opens (ADR 0019): the server's configuration.
          "FIELD_KEY_UNAVAILABLE",
        ]).toContain(code);
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(e.message.length).toBeGreaterThan(10);
    }
  });
});
