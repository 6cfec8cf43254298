// OpenFisca's set_input policies: spreading a value given for a longer period.
import { EngineError } from "./errors.ts";
import { Period } from "./period.ts";
import type { Variable, Vector } from "./variable.ts";

export interface InputHolder {
  readonly variable: Variable;
  existing(period: Period): Vector | undefined;
  store(period: Period, vector: Vector): void;
}

function subperiods(holder: InputHolder, period: Period): Period[] {
  const unit = holder.variable.definitionPeriod;
  if (unit === "eternity") throw new EngineError("set_input", `${holder.variable.name} is eternal`);
  // OpenFisca walks periods of the definition unit from the start until the end of the given period.
  const end = period.start.offset(period.size, period.unit).key;
  const out: Period[] = [];
  for (let p = new Period(unit, period.start, 1); p.start.key < end; p = p.offset(1)) out.push(p);
  return out;
}

/** set_input_dispatch_by_period: the same value for every sub-period not already known. */
export function dispatchByPeriod(holder: InputHolder, period: Period, vector: Vector): void {
  let value = vector;
  for (const sub of subperiods(holder, period)) {
    const existing = holder.existing(sub);
    if (existing === undefined) holder.store(sub, value);
    // As OpenFisca: a known sub-period's value is carried to the following ones.
    else value = existing;
  }
}

/** set_input_divide_by_period: the value minus what is known, shared among the unknown sub-periods. */
export function divideByPeriod(holder: InputHolder, period: Period, vector: Vector): void {
  if (Array.isArray(vector)) throw new EngineError("set_input", `${holder.variable.name}: cannot divide strings`);
  const remaining = Float64Array.from(vector);
  const subs = subperiods(holder, period);
  const unknown: Period[] = [];
  for (const sub of subs) {
    const existing = holder.existing(sub);
    if (existing === undefined) unknown.push(sub);
    else for (let i = 0; i < remaining.length; i++) remaining[i] = remaining[i]! - (existing as ArrayLike<number>)[i]!;
  }
  if (unknown.length > 0) {
    const Ctor = vector.constructor as new (n: number) => Float64Array | Int32Array | Uint8Array;
    const divided = new Ctor(remaining.length);
    for (let i = 0; i < remaining.length; i++) divided[i] = remaining[i]! / unknown.length;
    for (const sub of unknown) holder.store(sub, divided);
  } else if (remaining.some((x) => Math.abs(x) > 1e-9)) {
    throw new EngineError(
      "set_input",
      `Inconsistent input: ${holder.variable.name} is already set for every sub-period of ${period.toString()} and the total differs`,
    );
  }
}
