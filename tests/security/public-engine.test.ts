import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppConfig } from "../../apps/api/src/config.ts";
import { createTestApp, login, type Session, type TestApp } from "../../apps/api/test/helpers/test-app.ts";
import { U } from "../../apps/api/test/urgence/helpers.ts";

// Attack 1 of issue 11: one anonymous request of 610 bytes (`month:1000-01:2000000`) made the
// engine expand millions of periods until the process died, the 115's by-name list with it;
// long lists in the flat form blocked the event loop for 8.7 s; a 10,000-deep body got a 500.
// Now every request is measured before any computation (a 413 naming the bound), and the
// computation runs in a worker thread with its own heap and time limit.

/** The crash request of the issue, padded to its 610 bytes. */
function crashRequest(): string {
  const build = (id: string, family: string) => {
    const span = "month:1000-01:2000000";
    return JSON.stringify({
      individus: { [id]: { salaire_de_base: { [span]: 1500 }, chomage_net: { [span]: 100 }, retraite_nette: { [span]: 10 } } },
      familles: { [family]: { parents: [id], rsa: { "2024-01": null } } },
      menages: { m: { personne_de_reference: [id] } },
      foyers_fiscaux: { ff: { declarants: [id] } },
    });
  };
  // Padded to the 610 bytes by the ids (the person's appears four times).
  const missing = 610 - build("d", "f").length;
  return build("d".repeat(1 + Math.floor(missing / 4)), "f".repeat(1 + (missing % 4)));
}

const flatLongList = () => JSON.stringify({ salaire_de_base: { "2024-01": Array.from({ length: 50_000 }, () => 1500) } });
const deepBody = (depth = 10_000) => "[".repeat(depth) + "]".repeat(depth);

interface Served {
  t: TestApp;
  base: string;
  coordinator: Session;
}

async function serve(overrides: Partial<AppConfig> = {}): Promise<Served> {
  const t = await createTestApp(overrides);
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = t.app.server.address() as AddressInfo;
  return { t, base: `http://127.0.0.1:${port}`, coordinator: await login(t.app, U.coordinator) };
}

interface ErrorJson {
  error: { code: string; message: string; details: { bound: string; limit: number; found?: number } };
}
const errorOf = async (res: Response) => (await res.json()) as ErrorJson;

const post = (s: Served, path: string, body: string) =>
  fetch(`${s.base}/api/openfisca/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });

/** Latencies of /api/health and of a by-name list read, polled while `work` runs. */
async function latenciesDuring(s: Served, work: Promise<unknown>): Promise<{ health: number[]; people: number[] }> {
  let done = false;
  void work.finally(() => (done = true));
  const health: number[] = [];
  const people: number[] = [];
  const timed = async (into: number[], url: string, headers: Record<string, string> = {}) => {
    const start = performance.now();
    const res = await fetch(url, { headers });
    into.push(performance.now() - start);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  };
  while (!done || health.length < 5) {
    await timed(health, `${s.base}/api/health`);
    await timed(people, `${s.base}/api/urgence/people?limit=20`, { cookie: s.coordinator.cookie });
    await new Promise((r) => setTimeout(r, 25));
  }
  await work;
  return { health, people };
}

describe("the public engine cannot hurt the rest", () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(() => s.t.close());

  it("refuses the 610-byte crash request with 413 naming the bound, without computing", async () => {
    const body = crashRequest();
    expect(Buffer.byteLength(body)).toBe(610);
    for (const path of ["calculate", "trace"]) {
      const res = await post(s, path, body);
      expect(res.status).toBe(413);
      const json = await errorOf(res);
      expect(json.error.code).toBe("OPENFISCA_LIMIT_EXCEEDED");
      expect(json.error.details).toMatchObject({ bound: "mois par période", limit: 1200, found: 2_000_000 });
      expect(json.error.message).toContain("mois par période");
    }
  });

  it("refuses a flat form's long list and a 10,000-deep body with 413, never a 500", async () => {
    const flat = await post(s, "calculate", flatLongList());
    expect(flat.status).toBe(413);
    expect((await errorOf(flat)).error.details).toMatchObject({ bound: "personnes", found: 50_000 });
    const deep = await post(s, "calculate", `{"individus":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}`);
    expect(deep.status).toBe(413);
    expect((await errorOf(deep)).error.details).toMatchObject({ bound: "profondeur", limit: 16 });
    // A situation is a mapping: a deep list is refused by the schema, before the bounds.
    const deepList = await post(s, "trace", deepBody());
    expect(deepList.status).toBe(400);
    expect((await errorOf(deepList)).error.code).toBe("VALIDATION_FAILED");
    const huge = await post(s, "calculate", JSON.stringify({ individus: { a: { x: "y".repeat(600_000) } } }));
    expect(huge.status).toBe(413);
    expect((await errorOf(huge)).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("keeps health and the by-name list under 200 ms while the attacks arrive", async () => {
    const attacks = Promise.all([
      ...Array.from({ length: 4 }, () => post(s, "calculate", crashRequest()).then((r) => r.status)),
      post(s, "calculate", flatLongList()).then((r) => r.status),
      post(s, "trace", deepBody()).then((r) => r.status),
    ]);
    const { health, people } = await latenciesDuring(s, attacks);
    expect(await attacks).toEqual([413, 413, 413, 413, 413, 400]);
    expect(Math.max(...health)).toBeLessThan(200);
    expect(Math.max(...people)).toBeLessThan(200);
  });

  it("still answers a real simulator's request: a family over three years", async () => {
    const months = Array.from({ length: 36 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const monthly = (v: number | null) => Object.fromEntries(months.map((m) => [m, v]));
    const person = (age: number, salary: number) => ({ age: monthly(age), salaire_de_base: monthly(salary) });
    const body = {
      individus: { a: person(40, 1200), b: person(38, 0), c: person(10, 0), d: person(7, 0), e: person(2, 0) },
      familles: { f: { parents: ["a", "b"], enfants: ["c", "d", "e"], rsa: monthly(null), af: monthly(null) } },
      menages: { m: { personne_de_reference: ["a"], conjoint: ["b"], enfants: ["c", "d", "e"] } },
      foyers_fiscaux: { ff: { declarants: ["a", "b"], personnes_a_charge: ["c", "d", "e"] } },
    };
    const res = await post(s, "calculate", JSON.stringify(body));
    expect(res.status, await res.clone().text()).toBe(200);
    const json = (await res.json()) as { familles: { f: { af: Record<string, number> } } };
    expect(Object.keys(json.familles.f.af)).toHaveLength(36);
    expect(json.familles.f.af["2024-06"]).toBeGreaterThan(0);
  });
});

describe("a computation that passes the bounds but not the worker's limits", () => {
  let s: Served;
  beforeAll(async () => {
    // The bounds lifted: the crash request reaches the engine, and only its worker dies.
    s = await serve({
      env: {
        OPENFISCA_MAX_PERIOD_MONTHS: "10000000",
        OPENFISCA_MAX_MONTHS_TOTAL: "100000000",
        OPENFISCA_TIMEOUT_MS: "1500",
        OPENFISCA_WORKER_MEMORY_MB: "96",
      },
    });
  });
  afterAll(() => s.t.close());

  it("stops the worker (time or memory), answers 413, and the next request is computed", async () => {
    const crash = post(s, "calculate", crashRequest()).then(async (r) => ({ status: r.status, body: await errorOf(r) }));
    const { health, people } = await latenciesDuring(s, crash);
    const { status, body } = await crash;
    expect(status).toBe(413);
    expect(["durée du calcul (ms)", "mémoire du calcul (Mio)"]).toContain(body.error.details.bound);
    expect(Math.max(...health)).toBeLessThan(200);
    expect(Math.max(...people)).toBeLessThan(200);
    const next = await post(s, "calculate", JSON.stringify({ individus: { a: { age: { "2024-01": 30 } } }, menages: {} }));
    expect(next.status).toBe(200);
  });
});
