// Who belongs to which group: plain typed arrays, checked once.
import type { Entities } from "./entities.ts";
import { EntityError } from "./errors.ts";

export interface Membership {
  /** For each person, the index of their group. */
  readonly group: Int32Array;
  /** For each person, the index of their role in the group entity's `flatRoles`. */
  readonly role: Int32Array;
}

export interface PopulationInput {
  /** Number of entities by entity key (the person entity included). */
  readonly counts: Readonly<Record<string, number>>;
  readonly memberships: Readonly<Record<string, Membership>>;
  /** Optional ids by entity key, in index order. */
  readonly ids?: Readonly<Record<string, readonly string[]>>;
}

/** Memberships plus derived arrays, for one group entity. */
export class GroupStructure {
  readonly group: Int32Array;
  readonly role: Int32Array;
  readonly groupCount: number;
  #position: Int32Array | undefined;
  readonly #byRole = new Map<string, Int32Array>();

  constructor(membership: Membership, groupCount: number) {
    this.group = membership.group;
    this.role = membership.role;
    this.groupCount = groupCount;
  }

  /**
   * For each group, the index of its `rank`-th member (in person order) whose role is in
   * `mask` (a role mask named `role`), or -1. Kept per role and rank: read-only.
   */
  memberWithRole(role: string, mask: Uint8Array, rank: number): Int32Array {
    const key = `${role}#${rank}`;
    let index = this.#byRole.get(key);
    if (!index) {
      index = new Int32Array(this.groupCount).fill(-1);
      const seen = new Int32Array(this.groupCount);
      for (let i = 0; i < this.group.length; i++) {
        if (mask[this.role[i]!] === 0) continue;
        const k = this.group[i]!;
        if (seen[k]!++ === rank) index[k] = i;
      }
      this.#byRole.set(key, index);
    }
    return index;
  }

  /** Rank of each person within their group, in person order. */
  get position(): Int32Array {
    if (!this.#position) {
      const seen = new Int32Array(this.groupCount);
      const pos = new Int32Array(this.group.length);
      for (let i = 0; i < pos.length; i++) pos[i] = seen[this.group[i]!]!++;
      this.#position = pos;
    }
    return this.#position;
  }
}

export function checkPopulation(entities: Entities, input: PopulationInput): Map<string, GroupStructure> {
  const persons = input.counts[entities.person.key];
  if (persons === undefined) throw new EntityError(`Missing count of ${entities.person.key}`);
  const structures = new Map<string, GroupStructure>();
  for (const entity of entities.groups) {
    const count = input.counts[entity.key];
    const m = input.memberships[entity.key];
    if (count === undefined || !m) throw new EntityError(`Missing count or memberships of ${entity.key}`);
    if (m.group.length !== persons || m.role.length !== persons) {
      throw new EntityError(`Memberships of ${entity.key} must have one entry per ${entities.person.key}`);
    }
    const roles = entity.flatRoles.length;
    for (let i = 0; i < persons; i++) {
      const g = m.group[i]!;
      const r = m.role[i]!;
      if (g < 0 || g >= count) throw new EntityError(`Person #${i} is in ${entity.key} #${g}, out of range`);
      if (r < 0 || r >= roles) throw new EntityError(`Person #${i} has role #${r} in ${entity.key}, out of range`);
    }
    structures.set(entity.key, new GroupStructure(m, count));
  }
  return structures;
}
