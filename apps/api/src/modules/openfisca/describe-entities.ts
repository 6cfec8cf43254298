import type { TaxBenefitSystem } from "@zero/engine";

/** `/entities` in the shape of OpenFisca's Web API. */
export function describeEntities(system: TaxBenefitSystem) {
  const { person, groups } = system.entities;
  const out: Record<string, unknown> = {
    [person.key]: { plural: person.plural, description: person.label ?? person.key, documentation: "" },
  };
  for (const g of groups) {
    out[g.key] = {
      plural: g.plural,
      description: g.label,
      documentation: "",
      roles: Object.fromEntries(
        g.roles.map((r) => [
          r.key,
          {
            plural: r.plural ?? r.key,
            description: r.label ?? r.key,
            ...(r.max === undefined ? {} : { max: r.max }),
            ...(r.subroles ? { subroles: r.subroles } : {}),
          },
        ]),
      ),
    };
  }
  return out;
}
