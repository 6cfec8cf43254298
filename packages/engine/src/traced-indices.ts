// Which entity indices a trace keeps values for: one entity's index, and the persons and
// groups linked to it.
import type { Entities } from "./entities.ts";
import type { TraceOption } from "./tracer.ts";

export function tracedIndices(
  option: TraceOption,
  entities: Entities,
  groupOf: (groupKey: string) => Int32Array,
): (entity: string) => readonly number[] | undefined {
  if (option === true || option === false) return () => undefined;
  const { entity, index } = option;
  const person = entities.person.key;
  let persons: number[];
  if (entity === person) persons = [index];
  else {
    const g = groupOf(entity);
    persons = [];
    for (let i = 0; i < g.length; i++) if (g[i] === index) persons.push(i);
  }
  const byEntity = new Map<string, number[]>([[person, persons]]);
  for (const group of entities.groups) {
    const g = groupOf(group.key);
    byEntity.set(group.key, group.key === entity ? [index] : [...new Set(persons.map((p) => g[p]!))]);
  }
  return (e) => byEntity.get(e);
}
