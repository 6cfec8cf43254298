import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { match } from "../../src/modules/urgence/matching/engine.ts";
import type { MatchLine, MatchRequest } from "../../src/modules/urgence/matching/types.ts";

// The hard constraints restated independently of the engine, as the oracle.
function allowedPublics(r: MatchRequest): string[] {
  if (r.children > 0 || r.adults > 2) return ["families"];
  if (r.adults === 2) return ["couples"];
  const young = r.age !== null && r.age >= 18 && r.age <= 24;
  const own = r.gender === "female" ? ["women"] : r.gender === "male" ? ["men"] : [];
  return [...own, ...(young ? ["young"] : []), "mixed"];
}
function respects(r: MatchRequest, l: MatchLine): boolean {
  return (
    allowedPublics(r).includes(l.public) &&
    r.adults + r.children <= l.unitCapacity &&
    (!r.needs.includes("pets") || l.features.includes("pets")) &&
    (!r.needs.includes("reduced_mobility") || l.features.includes("reduced_mobility"))
  );
}

const requestArb = fc.record({
  id: fc.uuid(),
  adults: fc.integer({ min: 1, max: 4 }),
  children: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })),
  gender: fc.constantFrom("female", "male", "other", null),
  age: fc.option(fc.integer({ min: 16, max: 90 }), { nil: null }),
  needs: fc.subarray(["pets", "reduced_mobility", "medical_care", "pregnancy"]),
  priority: fc.integer({ min: 0, max: 50 }),
  openedAt: fc.date({ min: new Date("2026-01-01"), max: new Date("2026-12-31"), noInvalidDate: true }).map((d) => d.toISOString()),
}) as fc.Arbitrary<MatchRequest>;

const lineArb = fc.record({
  structureId: fc.constantFrom("s1", "s2", "s3", "s4"),
  lineKey: fc.string({ minLength: 1, maxLength: 6 }),
  public: fc.constantFrom("men", "women", "mixed", "couples", "families", "young"),
  unitCapacity: fc.integer({ min: 1, max: 14 }),
  remaining: fc.integer({ min: 0, max: 5 }),
  features: fc.subarray(["pets", "reduced_mobility"] as const),
});

const linesArb = fc.array(lineArb, { maxLength: 25 }).map((lines) =>
  lines.map((l, i): MatchLine => ({
    ...l,
    key: `${l.structureId}|${l.lineKey}|${i}`,
    structureName: `Structure ${l.structureId}`,
    postcode: "13003",
  })),
);

describe("matching engine (property-based)", () => {
  it("never breaks a hard constraint, never over-fills a line, answers every request with a reason", () => {
    fc.assert(
      fc.property(fc.uniqueArray(requestArb, { selector: (r) => r.id, maxLength: 60 }), linesArb, (requests, lines) => {
        const outcomes = match(requests, lines, null);
        expect(outcomes.map((o) => o.requestId).sort()).toEqual(requests.map((r) => r.id).sort());
        const used = new Map<string, number>();
        for (const o of outcomes) {
          expect(o.reason.length).toBeGreaterThan(10);
          if (!o.line) continue;
          const r = requests.find((x) => x.id === o.requestId)!;
          expect(respects(r, o.line)).toBe(true);
          used.set(o.line.key, (used.get(o.line.key) ?? 0) + 1);
        }
        for (const [key, n] of used) expect(n).toBeLessThanOrEqual(lines.find((l) => l.key === key)!.remaining);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves a request without proposal only when no compatible unit is left", () => {
    fc.assert(
      fc.property(fc.uniqueArray(requestArb, { selector: (r) => r.id, maxLength: 40 }), linesArb, (requests, lines) => {
        const outcomes = match(requests, lines, null);
        const left = new Map(lines.map((l) => [l.key, l.remaining]));
        for (const o of outcomes) if (o.line) left.set(o.line.key, left.get(o.line.key)! - 1);
        for (const o of outcomes.filter((x) => !x.line)) {
          const r = requests.find((x) => x.id === o.requestId)!;
          const stillFree = lines.filter((l) => l.unitCapacity <= 12 && respects(r, l) && left.get(l.key)! > 0);
          expect(stillFree).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("serves higher priority first and explains the absence of a place, with tomorrow's places", () => {
    const base = { adults: 2, children: 3, gender: "female" as const, age: 34, needs: [], openedAt: "2026-03-01T10:00:00.000Z" };
    const requests: MatchRequest[] = [
      { ...base, id: "a", priority: 5 },
      { ...base, id: "b", priority: 20 },
    ];
    const line = (structureId: string, remaining: number): MatchLine => ({
      key: `${structureId}|f5`,
      structureId,
      structureName: `CHRS ${structureId}`,
      postcode: "13003",
      lineKey: "families:5:",
      public: "families",
      unitCapacity: 5,
      remaining,
      features: [],
    });
    const [first, second] = match(requests, [line("Les Tilleuls", 1)], [line("La Belle de Mai", 2)]);
    expect(first).toMatchObject({ requestId: "b" });
    expect(first!.line?.structureId).toBe("Les Tilleuls");
    expect(second!.line).toBeNull();
    expect(second!.reason).toContain("déjà proposée");
    expect(second!.reason).toContain("2 places demain à CHRS La Belle de Mai (3e)");
    const none = match([{ ...base, id: "c", priority: 0 }], [], [line("X", 2)]);
    expect(none[0]!.reason).toMatch(/^aucune place famille de 5 ce soir ; 2 places demain à CHRS X \(3e\)$/);
  });
});
