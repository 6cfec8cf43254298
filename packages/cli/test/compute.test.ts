import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulationFromSituation } from "@zero/engine";
import { buildFrenchSystem, zeroStatus } from "@zero/legislation-fr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runComputeCommand } from "../src/compute/compute-main.ts";
import { generatePopulation } from "../bench/generate-population.ts";

const HEADER =
  "household_id,role,date_naissance,salaire_de_base,salaire_net,salaire_imposable,chomage_net,chomage_imposable," +
  "retraite_brute,retraite_nette,retraite_imposable,pensions_alimentaires_percues,handicap,taux_incapacite," +
  "statut_occupation_logement,loyer,depcom";
const person = (id: string, role: string, birth: string, net = 0, statut = "locataire_vide") =>
  `${id},${role},${birth},${(net / 0.78).toFixed(2)},${net},${net},0,0,0,0,0,0,0,0,${statut},500,13201`;

describe("zero compute", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zero-compute-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(rows: string[], extra: string[] = []) {
    const input = join(dir, `in-${Math.random()}.csv`);
    const output = `${input}.out.csv`;
    writeFileSync(input, [HEADER, ...rows].join("\n") + "\n");
    const err: string[] = [];
    const code = await runComputeCommand(
      ["--input", input, "--period", "2024-01", "--variables", "rsa,ppa,af", "--output", output, ...extra],
      { out: () => {}, err: (l) => err.push(l) },
    );
    const read = (p: string) => {
      try {
        return readFileSync(p, "utf8").trim().split("\n");
      } catch {
        return [];
      }
    };
    return { code, err, out: read(output), rejects: read(`${output}.rejets.csv`) };
  }

  // A single tenant with no income in Marseille (rent 500 €), January 2024: the montant
  // forfaitaire of 607.75 € minus the forfait logement (12 %, 72.93 €) deducted because she
  // receives the aide au logement (art. R262-9 CASF): 534.82 €, as OpenFisca-France gives.
  it("computes household totals: the RSA of a single tenant with no income", async () => {
    const { code, out } = await run([person("A", "adult", "1980-01-01")]);
    expect(code).toBe(0);
    expect(out).toEqual(["household_id,rsa,ppa,af", "A,534.82,0,0"]);
  });

  it("rejects bad rows with their line and reason, leaves their household out, and goes on", async () => {
    const { code, out, rejects, err } = await run([
      person("A", "adult", "1980-01-01"),
      person("B", "adult", "1985-02-30"),
      person("B", "child", "2015-01-01"),
      person("C", "adult", "1990-01-01", -5),
      person("D", "child", "2015-01-01"),
      person("E", "adult", "1990-01-01", 0, "chateau"),
      person("F", "adult", "1990-01-01").replace(",adult,", ",parent,"),
      person("G", "adult", "1970-01-01"),
      person("G", "adult", "1971-01-01"),
      person("G", "adult", "1972-01-01"),
      person("H", "adult", "1980-01-01"),
      person("A", "child", "2015-01-01"),
    ]);
    expect(code).toBe(1);
    expect(out).toEqual(["household_id,rsa,ppa,af", "A,534.82,0,0", "H,534.82,0,0"]);
    expect(rejects[0]).toBe("ligne,household_id,motif");
    const byLine = Object.fromEntries(rejects.slice(1).map((l) => [l.split(",")[0], l]));
    expect(byLine["3"]).toMatch(/date_naissance : le 1985-02-30 n'existe pas/);
    expect(byLine["4"]).toMatch(/foyer écarté \(ligne 3 invalide\)/);
    expect(byLine["5"]).toMatch(/montant négatif/);
    expect(byLine["6"]).toMatch(/foyer sans adulte/);
    expect(byLine["7"]).toMatch(/statut_occupation_logement : « chateau » inconnu/);
    expect(byLine["8"]).toMatch(/role : « parent »/);
    expect(byLine["9"]).toMatch(/3 adultes/);
    expect(byLine["13"]).toMatch(/non contiguës/);
    expect(err.join("\n")).toMatch(/ligne 3 \(foyer B\)/);
  });

  it("keeps the input order when a lane of rare households fills slowly (it then goes unfilled)", async () => {
    // One disabled adult first (lane 2), then 60 young single tenants (lane 0), an aged one
    // (lane 1) among them; chunks of 3: the disabled one's chunk never fills.
    const rows = [person("H0", "adult", "1980-01-01").replace(",0,0,locataire_vide", ",1,0.8,locataire_vide")];
    for (let i = 1; i <= 60; i++) rows.push(person(`Y${i}`, "adult", i === 30 ? "1950-06-01" : "1990-01-01", i * 20));
    const { code, out } = await run(rows, ["--chunk-size", "3"]);
    expect(code).toBe(0);
    expect(out.slice(1).map((l) => l.split(",")[0])).toEqual(["H0", ...Array.from({ length: 60 }, (_, i) => `Y${i + 1}`)]);
    // Each lane's household alone gives the same line.
    for (const i of [0, 1, 30]) expect((await run([rows[i]!])).out[1]).toBe(out[i + 1]);
  }, 60_000);

  it("skips blank lines, a lone BOM and no-break spaces included", async () => {
    const input = join(dir, "blank-lines.csv");
    const output = `${input}.out.csv`;
    writeFileSync(
      input,
      ["\uFEFF", HEADER, "", person("A", "adult", "1980-01-01"), "  ", "\u00A0", person("B", "adult", "1981-01-01")].join("\n") + "\n",
    );
    const code = await runComputeCommand(["--input", input, "--period", "2024-01", "--variables", "rsa", "--output", output], {
      out: () => {},
      err: () => {},
    });
    expect(code).toBe(0);
    expect(readFileSync(output, "utf8").trim().split("\n")).toEqual(["household_id,rsa", "A,534.82", "B,534.82"]);
  });

  it("computes a yearly variable for the civil year of the month (a couple and two children: 3 parts, CGI art. 194)", async () => {
    const rows = [
      person("A", "adult", "1980-01-01", 1500),
      person("A", "adult", "1982-01-01"),
      person("A", "child", "2012-01-01"),
      person("A", "child", "2015-01-01"),
    ];
    const { code, out } = await run(rows, ["--variables", "nbptr"]);
    expect(code).toBe(0);
    expect(out).toEqual(["household_id,nbptr", "A,3"]);
  });

  it("refuses to run without a header, with unknown variables or a bad period (exit 2)", async () => {
    const input = join(dir, "bad.csv");
    writeFileSync(input, "household_id,role\nA,adult\n");
    const err: string[] = [];
    const io = { out: () => {}, err: (l: string) => err.push(l) };
    const args = (over: Record<string, string>) =>
      Object.entries({ "--input": input, "--period": "2024-01", "--variables": "rsa", "--output": join(dir, "o.csv"), ...over }).flat();
    expect(await runComputeCommand(args({}), io)).toBe(2);
    expect(err.pop()).toMatch(/colonnes manquantes : date_naissance/);
    expect(await runComputeCommand(args({ "--variables": "rsa,nope" }), io)).toBe(2);
    expect(err.pop()).toMatch(/variable\(s\) inconnue\(s\) : nope/);
    const notComputed = [...buildFrenchSystem().variables].find((v) => zeroStatus(v) === "not_computed")!.name;
    expect(await runComputeCommand(args({ "--variables": `rsa,${notComputed}` }), io)).toBe(2);
    expect(err.pop()).toMatch(new RegExp(`ne calcule pas encore : ${notComputed}$`));
    expect(await runComputeCommand(args({ "--period": "2024-13" }), io)).toBe(2);
    expect(err.pop()).toMatch(/période invalide/);
    expect(await runComputeCommand(args({ "--input": join(dir, "missing.csv") }), io)).toBe(2);
  });

  it("gives the same amounts as a single situation computed on its own (same code path)", async () => {
    const input = join(dir, "synthetic.csv");
    await generatePopulation(input, 60, 7, 2024);
    const output = join(dir, "synthetic.out.csv");
    const code = await runComputeCommand(
      ["--input", input, "--period", "2024-01", "--variables", "rsa,ppa,af", "--output", output, "--chunk-size", "17", "--workers", "2"],
      { out: () => {}, err: () => {} },
    );
    expect(code).toBe(0);
    const batch = new Map(
      readFileSync(output, "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => {
          const [id, ...values] = l.split(",");
          return [id!, values.map(Number)];
        }),
    );
    expect(batch.size).toBe(60);
    // Like households share chunks (lanes), yet the output keeps the input order.
    const inputOrder = [
      ...new Set(
        readFileSync(input, "utf8")
          .trim()
          .split("\n")
          .slice(1)
          .map((l) => l.split(",")[0]!),
      ),
    ];
    expect([...batch.keys()]).toEqual(inputOrder);

    const system = buildFrenchSystem();
    const lines = readFileSync(input, "utf8").trim().split("\n");
    const header = lines[0]!.split(",");
    const byHousehold = new Map<string, Record<string, string>[]>();
    for (const line of lines.slice(1)) {
      const row = Object.fromEntries(line.split(",").map((v, i) => [header[i]!, v]));
      byHousehold.set(row.household_id!, [...(byHousehold.get(row.household_id!) ?? []), row]);
    }
    const months = Array.from({ length: 36 }, (_, m) => {
      const d = new Date(Date.UTC(2024, 0 - m, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    });
    let nonZero = 0;
    for (const [id, rows] of byHousehold) {
      const adults = rows.filter((r) => r.role === "adult");
      const children = rows.filter((r) => r.role === "child");
      const ordered = [...adults, ...children];
      const individus: Record<string, Record<string, unknown>> = {};
      ordered.forEach((r, i) => {
        const perMonth = (v: string) => Object.fromEntries(months.map((m) => [m, Number(v)]));
        individus[`p${i}`] = {
          date_naissance: { ETERNITY: r.date_naissance },
          ...Object.fromEntries(
            [
              "salaire_de_base",
              "salaire_net",
              "salaire_imposable",
              "chomage_net",
              "chomage_imposable",
              "retraite_brute",
              "retraite_nette",
              "retraite_imposable",
              "pensions_alimentaires_percues",
              "taux_incapacite",
            ].map((c) => [c, perMonth(r[c]!)]),
          ),
          handicap: Object.fromEntries(months.map((m) => [m, r.handicap === "1"])),
        };
      });
      const ids = ordered.map((_, i) => `p${i}`);
      const adultIds = ids.slice(0, adults.length);
      const childIds = ids.slice(adults.length);
      const head = adults[0]!;
      const situation = {
        individus,
        familles: { f: { parents: adultIds, enfants: childIds } },
        foyers_fiscaux: { ff: { declarants: adultIds, personnes_a_charge: childIds } },
        menages: {
          m: {
            personne_de_reference: [adultIds[0]],
            ...(adultIds[1] ? { conjoint: [adultIds[1]] } : {}),
            enfants: childIds,
            statut_occupation_logement: Object.fromEntries(months.map((m) => [m, head.statut_occupation_logement])),
            loyer: Object.fromEntries(months.map((m) => [m, Number(head.loyer)])),
            depcom: Object.fromEntries(months.map((m) => [m, head.depcom])),
          },
        },
      };
      const { simulation } = simulationFromSituation(system, situation);
      const single = ["rsa", "ppa", "af"].map((v) => Math.round((simulation.calculateOutput(v, "2024-01")[0] as number) * 100) / 100);
      expect({ id, values: batch.get(id) }).toEqual({ id, values: single });
      if (single.some((x) => x > 0)) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(5);
  }, 60_000);
});
