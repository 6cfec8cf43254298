// The model's variables are the engine's, with the parameter tree typed: in a formula,
// `parameters(period).prestations_sociales…` is checked against the YAML files (a misspelt
// path fails to compile) and each parameter shows its description and legal sources.
import { defineVariable as defineEngineVariable, type Variable, type VariableDefinition } from "@zero/engine";
import type { FrenchParameters } from "./parameter-types.generated.ts";

/** `defineVariable` of `@zero/engine`, with `parameters(…)` typed by the generated `FrenchParameters`. */
export function defineVariable<const E extends string>(definition: VariableDefinition<E, FrenchParameters>): Variable {
  return defineEngineVariable<E, FrenchParameters>(definition);
}
