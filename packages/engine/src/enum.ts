// Enumerations: stored as Int32Array of item indices; read and written by item name.
import { DefinitionError } from "./errors.ts";

export class Enum {
  readonly name: string;
  /** Item names, by index. */
  readonly names: readonly string[];
  readonly labels: readonly string[];
  readonly #index: ReadonlyMap<string, number>;

  constructor(name: string, items: Readonly<Record<string, string>>) {
    this.name = name;
    this.names = Object.keys(items);
    this.labels = Object.values(items);
    if (this.names.length === 0) throw new DefinitionError(`Enum ${name} has no item`);
    this.#index = new Map(this.names.map((n, i) => [n, i]));
  }

  has(name: string): boolean {
    return this.#index.has(name);
  }

  /** Index of an item; throws on an unknown name (a typo must not silently match nothing). */
  index(name: string): number {
    const i = this.#index.get(name);
    if (i === undefined) throw new DefinitionError(`Enum ${this.name} has no item "${name}"`);
    return i;
  }

  nameOf(index: number): string {
    const n = this.names[index];
    if (n === undefined) throw new DefinitionError(`Enum ${this.name} has no item #${index}`);
    return n;
  }

  /** 1 where the vector holds the named item. */
  is(vector: ArrayLike<number>, name: string): Uint8Array {
    const k = this.index(name);
    const out = new Uint8Array(vector.length);
    for (let i = 0; i < out.length; i++) out[i] = vector[i] === k ? 1 : 0;
    return out;
  }

  /** 1 where the vector holds any of the named items. */
  isIn(vector: ArrayLike<number>, names: readonly string[]): Uint8Array {
    const mask = new Uint8Array(this.names.length);
    for (const n of names) mask[this.index(n)] = 1;
    const out = new Uint8Array(vector.length);
    for (let i = 0; i < out.length; i++) out[i] = mask[vector[i]!] ?? 0;
    return out;
  }

  decode(vector: ArrayLike<number>): string[] {
    return Array.from(vector, (i) => this.nameOf(i));
  }
}

export function defineEnum(name: string, items: Readonly<Record<string, string>>): Enum {
  return new Enum(name, items);
}
