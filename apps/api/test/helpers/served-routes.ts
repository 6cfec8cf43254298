import type { Route } from "@zero/schemas";

/** Every `METHOD /path` the app serves, read from Fastify's route tree (HEAD left out: Fastify adds it to each GET). */
export function servedRoutes(tree: string): string[] {
  const served: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split("\n")) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const path = (stack[depth - 1] ?? "") + match[2]!;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (match[3] ?? "").split(", ").filter((m) => m !== "" && m !== "HEAD")) served.push(`${method} ${path}`);
  }
  return served.sort();
}

/** The entries of a route table, each named `group.name`. */
export function tableEntries(table: { readonly [group: string]: { readonly [name: string]: Route } }): (Route & { name: string })[] {
  return Object.entries(table).flatMap(([group, routes]) =>
    Object.entries(routes).map(([name, route]) => ({ name: `${group}.${name}`, ...route })),
  );
}
