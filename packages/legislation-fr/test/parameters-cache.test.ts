import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readParameterFiles } from "../src/parameters.ts";

describe("parameter files cache", () => {
  const dir = mkdtempSync(join(tmpdir(), "zero-parameters-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

  it("gives the parsed files again, then the new contents as soon as a file changes", () => {
    write("a.yaml", "description: A\nvalues:\n  2024-01-01: 1.5\n");
    write("b.yaml", "description: B\nvalues:\n  2020-01-01: 2\n");
    const first = readParameterFiles(dir);
    expect(first).toEqual([
      { path: "a.yaml", content: { description: "A", values: { "2024-01-01": 1.5 } } },
      { path: "b.yaml", content: { description: "B", values: { "2020-01-01": 2 } } },
    ]);
    expect(readParameterFiles(dir)).toEqual(first);
    write("b.yaml", "description: B\nvalues:\n  2020-01-01: 3\n");
    expect(readParameterFiles(dir)[1]).toEqual({ path: "b.yaml", content: { description: "B", values: { "2020-01-01": 3 } } });
    write("c.yaml", "description: C\nvalues:\n  2020-01-01: 4\n");
    expect(readParameterFiles(dir).map((f) => f.path)).toEqual(["a.yaml", "b.yaml", "c.yaml"]);
  });

  it("keeps values JSON cannot hold (an infinite threshold) as YAML gives them", () => {
    write("a.yaml", "description: A\nvalues:\n  2024-01-01: .inf\n");
    expect(readParameterFiles(dir)[0]).toEqual({ path: "a.yaml", content: { description: "A", values: { "2024-01-01": Infinity } } });
    expect(readParameterFiles(dir)[0]!.content).toEqual({ description: "A", values: { "2024-01-01": Infinity } });
  });
});
