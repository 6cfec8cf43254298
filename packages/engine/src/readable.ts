// Stored vector values → what a person (or a JSON client) reads: numbers, booleans,
// enum item names, ISO dates.
import { Instant } from "./instant.ts";
import type { Variable, Vector } from "./variable.ts";

export type ReadableValue = number | boolean | string;

export function readableValue(variable: Variable, vector: Vector, index: number): ReadableValue {
  const x = vector[index]!;
  switch (variable.valueType) {
    case "bool":
      return x === 1;
    case "enum":
      return variable.possibleValues!.names[x as number] ?? (x as number);
    case "date":
      return Instant.fromDays(x as number).toString();
    default:
      return x;
  }
}
