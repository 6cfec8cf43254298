// A tax-benefit system: entities, variables and parameters, checked once at build time.
import type { Entities } from "./entities.ts";
import { DefinitionError, UnknownVariableError } from "./errors.ts";
import { ParameterCache, type ParameterNodeAt } from "./parameters/at-instant.ts";
import { findParameter, parameterTreeFromObject, type ParameterEntry, type ParameterNode } from "./parameters/tree.ts";
import type { Instant } from "./instant.ts";
import type { Variable } from "./variable.ts";

export interface TaxBenefitSystemDefinition {
  readonly entities: Entities;
  readonly variables: readonly Variable[];
  readonly parameters?: ParameterNode;
}

export class TaxBenefitSystem {
  readonly entities: Entities;
  readonly parameters: ParameterNode;
  readonly #variables: ReadonlyMap<string, Variable>;
  readonly #parameterCache: ParameterCache;

  constructor(definition: TaxBenefitSystemDefinition) {
    this.entities = definition.entities;
    this.parameters = definition.parameters ?? parameterTreeFromObject({});
    this.#parameterCache = new ParameterCache(this.parameters);
    const variables = new Map<string, Variable>();
    for (const v of definition.variables) {
      if (variables.has(v.name)) throw new DefinitionError(`Variable ${v.name} declared twice`);
      if (!this.entities.has(v.entity)) throw new DefinitionError(`Variable ${v.name}: unknown entity "${v.entity}"`);
      variables.set(v.name, v);
    }
    this.#variables = variables;
  }

  hasVariable(name: string): boolean {
    return this.#variables.has(name);
  }

  /** The variable, or UnknownVariableError. */
  variable(name: string): Variable {
    const v = this.#variables.get(name);
    if (!v) throw new UnknownVariableError(name);
    return v;
  }

  get variables(): Iterable<Variable> {
    return this.#variables.values();
  }

  /** The parameter tree as plain values at an instant (cached). */
  parametersAt(instant: Instant): ParameterNodeAt {
    return this.#parameterCache.at(instant);
  }

  /** A dated parameter entry (with metadata) by dotted path. */
  findParameter(path: string): ParameterEntry | undefined {
    return findParameter(this.parameters, path);
  }
}

export function createTaxBenefitSystem(definition: TaxBenefitSystemDefinition): TaxBenefitSystem {
  return new TaxBenefitSystem(definition);
}
