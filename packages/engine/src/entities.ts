// Entities are data: the legislation declares them, the simulation only reads them.
import { DefinitionError, EntityError } from "./errors.ts";

export interface RoleDefinition {
  readonly key: string;
  readonly plural?: string;
  readonly label?: string;
  /** At most this many members hold the role in one group. */
  readonly max?: number;
  /** Ordered sub-roles, each held by one member (`parents: [a, b]` → demandeur, conjoint). */
  readonly subroles?: readonly string[];
}

export interface PersonEntityDefinition {
  readonly key: string;
  readonly plural: string;
  readonly label?: string;
}

export interface GroupEntityDefinition extends PersonEntityDefinition {
  readonly roles: readonly RoleDefinition[];
}

export interface EntitiesDefinition {
  readonly person: PersonEntityDefinition;
  readonly groups: readonly GroupEntityDefinition[];
}

/** A role as stored in memberships: sub-roles are flattened, each of max 1. */
export interface FlatRole {
  readonly key: string;
  /** Key of the declared role this flat role belongs to (itself when no sub-roles). */
  readonly roleKey: string;
  readonly max: number | undefined;
}

export class GroupEntity {
  readonly key: string;
  readonly plural: string;
  readonly label: string;
  readonly roles: readonly RoleDefinition[];
  readonly flatRoles: readonly FlatRole[];
  readonly #masks = new Map<string, Uint8Array>();

  constructor(definition: GroupEntityDefinition) {
    this.key = definition.key;
    this.plural = definition.plural;
    this.label = definition.label ?? definition.key;
    this.roles = definition.roles;
    const flat: FlatRole[] = [];
    for (const role of definition.roles) {
      if (role.subroles && role.subroles.length > 0) {
        for (const sub of role.subroles) flat.push({ key: sub, roleKey: role.key, max: 1 });
      } else {
        flat.push({ key: role.key, roleKey: role.key, max: role.max });
      }
    }
    if (flat.length === 0) throw new DefinitionError(`Group entity ${this.key} has no role`);
    this.flatRoles = flat;
  }

  /** The declared role named by its key or plural. */
  findRole(name: string): RoleDefinition | undefined {
    return this.roles.find((r) => r.key === name || r.plural === name);
  }

  /**
   * A mask over flat role indices: 1 where the flat role matches `name`
   * (a role key, its plural, or a sub-role key; a role matches its sub-roles).
   */
  roleMask(name: string): Uint8Array {
    const cached = this.#masks.get(name);
    if (cached) return cached;
    const role = this.findRole(name);
    const mask = new Uint8Array(this.flatRoles.length);
    let found = false;
    this.flatRoles.forEach((flat, i) => {
      if ((role && flat.roleKey === role.key) || flat.key === name) {
        mask[i] = 1;
        found = true;
      }
    });
    if (!found) throw new EntityError(`Unknown role "${name}" in entity ${this.key}`);
    this.#masks.set(name, mask);
    return mask;
  }

  flatRoleIndex(key: string): number {
    const i = this.flatRoles.findIndex((r) => r.key === key);
    if (i < 0) throw new EntityError(`Unknown role "${key}" in entity ${this.key}`);
    return i;
  }
}

export class Entities {
  readonly person: PersonEntityDefinition;
  readonly groups: readonly GroupEntity[];
  readonly #byKey = new Map<string, GroupEntity | PersonEntityDefinition>();
  readonly #byPlural = new Map<string, string>();

  constructor(definition: EntitiesDefinition) {
    this.person = definition.person;
    this.groups = definition.groups.map((g) => new GroupEntity(g));
    for (const e of [this.person, ...this.groups]) {
      if (this.#byKey.has(e.key) || this.#byPlural.has(e.plural)) {
        throw new DefinitionError(`Entity ${e.key} declared twice`);
      }
      this.#byKey.set(e.key, e);
      this.#byPlural.set(e.plural, e.key);
    }
  }

  /** All entity keys, the person first. */
  get keys(): string[] {
    return [this.person.key, ...this.groups.map((g) => g.key)];
  }

  has(key: string): boolean {
    return this.#byKey.has(key);
  }

  isPerson(key: string): boolean {
    return key === this.person.key;
  }

  group(key: string): GroupEntity {
    const e = this.#byKey.get(key);
    if (!(e instanceof GroupEntity)) throw new EntityError(`"${key}" is not a group entity`);
    return e;
  }

  /** Entity key from its plural (`familles` → `famille`). */
  keyOfPlural(plural: string): string | undefined {
    return this.#byPlural.get(plural);
  }

  plural(key: string): string {
    const e = this.#byKey.get(key);
    if (!e) throw new EntityError(`Unknown entity "${key}"`);
    return e.plural;
  }
}

export function defineEntities(definition: EntitiesDefinition): Entities {
  return new Entities(definition);
}
