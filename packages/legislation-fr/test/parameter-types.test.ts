import { readFileSync } from "node:fs";
import { parameterTreeFromObject } from "@zero/engine";
import { describe, expect, it } from "vitest";
import { GENERATED_FILE, parameterTypesSource } from "../scripts/generate-parameter-types.ts";

describe("parameter types", () => {
  it("src/parameter-types.generated.ts is generated from the YAML files as they are", () => {
    // Out of date: `npm run generate-parameter-types -w @zero/legislation-fr`.
    expect(readFileSync(GENERATED_FILE, "utf8")).toBe(parameterTypesSource());
  });

  it("gives a node's children in order, a number per value, a Scale per barème, the description, dates and sources", () => {
    const tree = parameterTreeFromObject({
      rsa: {
        description: "RSA",
        taux: {
          description: "Un taux",
          values: { "2009-06-01": 0.5, "2016-01-01": null, "2018-01-01": 0.25 },
          metadata: { unit: "/1", reference: [{ title: "CASF, art. R262-1", href: "https://example.org/a#:~:text=x" }] },
        },
        bareme: { brackets: [{ threshold: { "2020-01-01": 0 }, amount: { "2020-01-01": 10 } }] },
      },
    });
    const source = parameterTypesSource(tree);
    expect(source.slice(source.indexOf("export interface"))).toBe(
      [
        "export interface FrenchParameters {",
        "  /**",
        "   * RSA",
        "   */",
        "  readonly rsa: {",
        "    readonly bareme: Scale;",
        "    /**",
        "     * Un taux",
        "     * Unité : /1. Défini du 2009-06-01 au 2015-12-31, puis depuis le 2018-01-01.",
        "     * @see CASF, art. R262-1 — https://example.org/a",
        "     */",
        "    readonly taux: number;",
        "  };",
        "}",
        "",
      ].join("\n"),
    );
  });
});
