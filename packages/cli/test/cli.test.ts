import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatePopulation } from "../bench/generate-population.ts";
import { runComputeCommand } from "../src/compute/compute-main.ts";
import { runTestCommand } from "../src/test-command.ts";

const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url));
const system = `${fixtures}/toy-system.ts`;

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runTestCommand(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, lines };
}

describe("zero test", () => {
  it("runs files and folders, one line per failing case, then the count", async () => {
    const { code, lines } = await run(["--system", system, fixtures]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/cases\.yaml > wrong expectation: socle@2021-05: expected 999, computed 500$/),
      expect.stringMatching(/cases\.yaml > unknown input variable: unknown variable salaire_brut in input$/),
      "2 passed, 2 failed",
    ]);
  });

  it("exits 0 when every case passes", async () => {
    const { code, lines } = await run(["--system", system, `${fixtures}/folder`]);
    expect(code).toBe(0);
    expect(lines).toEqual(["1 passed, 0 failed"]);
  });

  it("says which module has no system", async () => {
    const { code, lines } = await run(["--system", `${fixtures}/cases.yaml`, fixtures]);
    expect(code).toBe(2);
    expect(lines[0]).toMatch(/impossible de charger la législation/);
  });

  it("names a file or folder that does not exist (exit 2, no stack trace)", async () => {
    const { code, lines } = await run(["--system", system, `${fixtures}/folder`, `${fixtures}/nowhere`]);
    expect(code).toBe(2);
    expect(lines).toEqual([`zero test : introuvable : ${fixtures}/nowhere`]);
  });

  it("works through the bin script", () => {
    const bin = fileURLToPath(new URL("../bin/zero.mjs", import.meta.url));
    const r = spawnSync(process.execPath, [bin, "test", "--system", system, `${fixtures}/folder`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("1 passed, 0 failed");
    expect(r.status).toBe(0);
  });
});

describe("zero compute through the bin script", () => {
  it("runs the bundled sources and writes what the sources write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zero-bin-"));
    try {
      const input = join(dir, "pop.csv");
      await generatePopulation(input, 300, 11, 2024);
      const args = (output: string) => [
        "--input",
        input,
        "--period",
        "2024-03",
        "--variables",
        "rsa,ppa,af",
        "--output",
        output,
        "--chunk-size",
        "40",
      ];
      const bin = fileURLToPath(new URL("../bin/zero.mjs", import.meta.url));
      const r = spawnSync(process.execPath, [bin, "compute", ...args(join(dir, "bin.csv")), "--workers", "2"], { encoding: "utf8" });
      expect(r.stderr).not.toMatch(/non regroupées/);
      expect(r.status).toBe(0);
      const code = await runComputeCommand([...args(join(dir, "src.csv")), "--workers", "0"], { out: () => {}, err: () => {} });
      expect(code).toBe(0);
      const bundled = readFileSync(join(dir, "bin.csv"), "utf8");
      expect(bundled.split("\n")).toHaveLength(302);
      expect(bundled).toBe(readFileSync(join(dir, "src.csv"), "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
