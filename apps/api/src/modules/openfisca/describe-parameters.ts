import type { ParameterEntry, TaxBenefitSystem } from "@zero/engine";

// `/parameters` and `/parameter/{id}` in the shape of OpenFisca's Web API.

function datedValues(values: readonly { start: string; value: unknown }[]) {
  // OpenFisca lists the newest first.
  return Object.fromEntries([...values].reverse().map((d) => [d.start, d.value]));
}

function references(entry: ParameterEntry): unknown {
  const ref = entry.metadata.reference;
  return ref === undefined ? undefined : ref;
}

function leaves(entry: ParameterEntry, out: ParameterEntry[]): void {
  if (entry.kind === "node") for (const child of entry.children.values()) leaves(child, out);
  else out.push(entry);
}

export function parametersIndex(system: TaxBenefitSystem, baseUrl: string) {
  const all: ParameterEntry[] = [];
  leaves(system.parameters, all);
  const out: Record<string, { description: string; href: string }> = {};
  for (const p of all.sort((a, b) => a.path.localeCompare(b.path))) {
    out[p.path] = { description: p.description ?? p.metadata.label ?? "", href: `${baseUrl}/parameter/${p.path.replaceAll(".", "/")}` };
  }
  return out;
}

/** The parameter at `id` (dots or slashes), or undefined. */
export function describeParameter(system: TaxBenefitSystem, id: string) {
  const path = id.replaceAll("/", ".");
  const entry = system.findParameter(path);
  if (!entry) return undefined;
  const common = {
    id: entry.path,
    description: entry.description ?? entry.metadata.label ?? "",
    metadata: entry.metadata,
    ...(references(entry) === undefined ? {} : { references: references(entry) }),
    ...(entry.documentation ? { documentation: entry.documentation } : {}),
  };
  if (entry.kind === "value") return { ...common, values: datedValues(entry.values) };
  if (entry.kind === "node") {
    return {
      ...common,
      subparams: Object.fromEntries([...entry.children.entries()].map(([name, child]) => [name, { description: child.description ?? "" }])),
    };
  }
  // A scale: for each date, threshold → rate/amount, as OpenFisca's `brackets`.
  const dates = new Set<string>();
  for (const b of entry.brackets) for (const d of b.threshold) dates.add(d.start);
  const brackets: Record<string, Record<string, unknown> | null> = {};
  for (const date of [...dates].sort().reverse()) {
    const row: Record<string, unknown> = {};
    for (const b of entry.brackets) {
      const at = (values?: readonly { start: string; value: unknown }[]) =>
        values ? [...values].reverse().find((d) => d.start <= date)?.value : undefined;
      const threshold = at(b.threshold);
      if (threshold === undefined || threshold === null) continue;
      row[String(threshold)] = at(b.rate) ?? at(b.amount) ?? at(b.average_rate) ?? null;
    }
    brackets[date] = Object.keys(row).length > 0 ? row : null;
  }
  return { ...common, brackets };
}
