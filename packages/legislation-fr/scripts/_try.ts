import { buildFrenchSystem } from "../src/index.ts";
import { runTestCase } from "@zero/engine";
import YAML from "yaml";
import { readFileSync } from "node:fs";
const system = buildFrenchSystem();
for (const f of process.argv.slice(2)) {
  const doc = YAML.parse(readFileSync(f, "utf8"));
  const cases = Array.isArray(doc) ? doc : [doc];
  for (const c of cases) {
    try {
      const r = runTestCase(system, c);
      console.log(r.passed ? "PASS" : "FAIL", r.name);
      if (!r.passed) console.log(JSON.stringify(r.assertions.filter((a: any) => !a.passed)).slice(0, 600));
    } catch (e) { console.log("ERROR", c.name, String(e).slice(0, 300)); }
  }
}
