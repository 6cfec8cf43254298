// Loads the YAML parameter tree (the package's only I/O, done once per system).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parameterTreeFromFiles, type ParameterNode } from "@zero/engine";
import YAML from "yaml";

/** The `parameters/` folder of this package. */
export const PARAMETERS_DIR = fileURLToPath(new URL("../parameters", import.meta.url));

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (entry.name.endsWith(".yaml")) out.push(path);
  }
  return out.sort();
}

/** Every parameter file, parsed, with its path relative to `parameters/` (forward slashes). */
export function readParameterFiles(dir: string = PARAMETERS_DIR): { path: string; content: unknown }[] {
  return yamlFiles(dir).map((file) => ({
    path: relative(dir, file).split(sep).join("/"),
    content: YAML.parse(readFileSync(file, "utf8")) as unknown,
  }));
}

export function loadParameters(dir: string = PARAMETERS_DIR): ParameterNode {
  return parameterTreeFromFiles(readParameterFiles(dir) as Parameters<typeof parameterTreeFromFiles>[0]);
}
