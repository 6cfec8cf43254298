// Finds the tax-benefit system in a module: the French one by default.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { existsSync } from "node:fs";
import { TaxBenefitSystem } from "@zero/engine";

export const DEFAULT_SYSTEM_MODULE = "@zero/legislation-fr";

// Export names tried in order; a function is called with no argument.
const EXPORT_NAMES = ["buildFrenchSystem", "buildSystem", "buildTaxBenefitSystem", "createSystem", "system", "default"];

export async function loadSystem(specifier: string): Promise<TaxBenefitSystem> {
  const target = existsSync(specifier) ? pathToFileURL(resolve(specifier)).href : specifier;
  // The default by name, so that a bundle of the command holds it (compute-bundle.ts).
  const module = (specifier === DEFAULT_SYSTEM_MODULE ? await import("@zero/legislation-fr") : await import(target)) as Record<
    string,
    unknown
  >;
  for (const name of EXPORT_NAMES) {
    let candidate = module[name];
    if (typeof candidate === "function" && !(candidate.prototype instanceof TaxBenefitSystem)) {
      candidate = await (candidate as () => unknown)();
    }
    if (candidate instanceof TaxBenefitSystem) return candidate;
    // Another copy of the engine (a different module instance) still has the same shape.
    if (candidate && typeof candidate === "object" && "variable" in candidate && "entities" in candidate) {
      return candidate as TaxBenefitSystem;
    }
  }
  throw new Error(`${specifier} exports no tax-benefit system (tried ${EXPORT_NAMES.join(", ")})`);
}
