import type { TraceNode } from "@zero/engine";

interface FlatTrace {
  value: readonly unknown[];
  dependencies: string[];
  parameters: Record<string, unknown>;
}

const keyOf = (n: TraceNode) => `${n.variable}<${n.period}>`;

/** The engine's computation tree → OpenFisca's `/trace` map `"variable<period>" → node`. */
export function flattenTrace(roots: readonly TraceNode[], instantOf: (period: string) => string) {
  const trace: Record<string, FlatTrace> = {};
  const visit = (node: TraceNode) => {
    const key = keyOf(node);
    const existing = trace[key];
    const flat: FlatTrace = existing ?? { value: node.values, dependencies: [], parameters: {} };
    for (const child of node.children) {
      if (!flat.dependencies.includes(keyOf(child))) flat.dependencies.push(keyOf(child));
      visit(child);
    }
    for (const p of node.parameters) flat.parameters[`${p.path}<${instantOf(node.period)}>`] = p.value;
    trace[key] = flat;
  };
  roots.forEach(visit);
  return { trace, requestedCalculations: roots.map(keyOf) };
}
