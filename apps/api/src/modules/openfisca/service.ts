import { expandAxes, fillSituation, parsePeriod, simulationFromSituation, type TaxBenefitSystem } from "@zero/engine";
import { AppError } from "../../errors/app-error.ts";
import { flattenTrace } from "./openfisca-trace.ts";
import { situationError } from "./situation-errors.ts";
import { openfiscaError } from "./errors.ts";

function rethrow(error: unknown, situation: unknown): never {
  throw situationError(error, situation) ?? error;
}

/** OpenFisca's `/calculate` and `/trace` over the engine: the same code as the batch. */
export function openfiscaService(system: () => TaxBenefitSystem) {
  function simulate(request: unknown, trace: boolean) {
    try {
      // With `axes`, the situation repeated once per cell (answered with the `axes` echoed).
      const axes = typeof request === "object" && request !== null && "axes" in request ? (request as { axes: unknown }).axes : undefined;
      const situation = axes === undefined ? request : expandAxes(system(), request as Record<string, unknown>);
      const result = simulationFromSituation(system(), situation, trace ? { trace: true } : {});
      const filled = fillSituation(situation, result);
      if (filled.errors.length > 0) {
        throw openfiscaError("INVALID_SITUATION", {
          details: filled.errors.map((e) => ({ path: e.output.path, variable: e.output.variable, problem: e.message })),
        });
      }
      return { result, filled: axes === undefined ? filled.situation : { ...(filled.situation as object), axes } };
    } catch (error) {
      if (error instanceof AppError) throw error;
      rethrow(error, request);
    }
  }

  return {
    calculate(situation: unknown): unknown {
      return simulate(situation, false).filled;
    },

    trace(situation: unknown) {
      const { result } = simulate(situation, true);
      const { trace, requestedCalculations } = flattenTrace(result.simulation.trace(), (p) => parsePeriod(p).start.toString());
      const entitiesDescription: Record<string, string[]> = {};
      const entities = system().entities;
      for (const [key, ids] of Object.entries(result.ids)) entitiesDescription[entities.plural(key)] = ids;
      return { trace, entitiesDescription, requestedCalculations };
    },
  };
}

export type OpenfiscaService = ReturnType<typeof openfiscaService>;
