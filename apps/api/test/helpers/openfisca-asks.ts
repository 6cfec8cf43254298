// The values an OpenFisca situation asks for (a `null` at a period), and the same situation without some of them.

export type Situation = Record<string, Record<string, Record<string, unknown>>>;

export interface Ask {
  plural: string;
  id: string;
  variable: string;
  period: string;
}

const isPeriodMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every value the situation asks for: a `null` at a period. */
export function asksOf(situation: Situation): Ask[] {
  const asks: Ask[] = [];
  for (const [plural, instances] of Object.entries(situation))
    for (const [id, instance] of Object.entries(instances))
      for (const [variable, value] of Object.entries(instance))
        if (isPeriodMap(value))
          for (const [period, v] of Object.entries(value)) if (v === null) asks.push({ plural, id, variable, period });
  return asks;
}

/** The same situation without the asks of the given variables (inputs at other periods stay). */
export function withoutAsks(situation: Situation, variables: ReadonlySet<string>): Situation {
  const copy = structuredClone(situation);
  for (const instances of Object.values(copy))
    for (const instance of Object.values(instances))
      for (const [variable, value] of Object.entries(instance)) {
        if (!variables.has(variable) || !isPeriodMap(value)) continue;
        for (const [period, v] of Object.entries(value)) if (v === null) delete value[period];
        if (Object.keys(value).length === 0) delete instance[variable];
      }
  return copy;
}
