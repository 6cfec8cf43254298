import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { composeErrorCatalogue } from "../src/errors/catalogue.ts";
import { API_MODULES } from "../src/modules/index.ts";
import { renderErrorTable } from "../src/errors/catalogue-doc.ts";

const catalogue = composeErrorCatalogue(API_MODULES);
const doc = readFileSync(fileURLToPath(new URL("../../../docs/api/errors.md", import.meta.url)), "utf8");

describe("error catalogue", () => {
  it("holds the platform's codes and every module's, each once", () => {
    expect(catalogue).toHaveProperty("NOT_FOUND");
    expect(catalogue).toHaveProperty("URGENCE_NO_CAPACITY");
    expect(catalogue).toHaveProperty("OPENFISCA_BUSY");
    const twice = { name: "twice", errors: { NOT_FOUND: { status: 404, message: "Introuvable, encore." } } };
    expect(() => composeErrorCatalogue([...API_MODULES, twice])).toThrow(/NOT_FOUND of module twice is declared twice/);
  });

  it("is documented exactly in docs/api/errors.md (regenerate with `npm run docs:errors`)", () => {
    const between = doc.split("<!-- errors:start -->")[1]?.split("<!-- errors:end -->")[0]?.trim();
    expect(between).toBe(renderErrorTable(catalogue));
  });

  it("uses 4xx for client mistakes and 5xx only for the server's own failures", () => {
    for (const [code, e] of Object.entries(catalogue)) {
      // 5xx: the server's own failures, or a service it depends on that does not answer.
      if (e.status >= 500)
        expect([
          "INTERNAL_ERROR",
          "DATABASE_UNAVAILABLE",
          "PROCONNECT_UNAVAILABLE",
          "OPENFISCA_BUSY",
          "DROITS_BUSY",
          // A sealed field that no configured key opens (ADR 0019): the server's configuration.
          "FIELD_KEY_UNAVAILABLE",
        ]).toContain(code);
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(e.message.length).toBeGreaterThan(10);
    }
  });
});
