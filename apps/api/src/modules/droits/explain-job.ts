// POST /api/droits/explain, computed in a droits worker: the amount, why, and the nearest
// change that opens or raises the right (engine `explain` and `nearestChange`, worded in
// French by the model: packages/legislation-fr/src/explain).
import { explain, nearestChange, parsePeriod, type ChangeableInput, type TaxBenefitSystem } from "@zero/engine";
import { frenchExplanation } from "@zero/legislation-fr";
import { situationError } from "../openfisca/situation-errors.ts";
import { asDroitsError } from "./errors.ts";

export interface ExplainRequest {
  situation: Record<string, unknown>;
  variable: string;
  period: string;
}

/** The inputs a person can change, searched for the nearest change: earnings and rent. */
const CHANGEABLE = [
  { variable: "salaire_net", plural: "individus", max: 4000 },
  { variable: "loyer", plural: "menages", max: 2000 },
] as const;

/** Each changeable input on the first instance of its entity, over the benefit's month and the three before. */
function candidates(system: TaxBenefitSystem, request: ExplainRequest): ChangeableInput[] {
  const period = parsePeriod(request.period);
  if (period.unit !== "month") return [];
  const months = [0, 1, 2, 3].map((k) => period.offset(-k).toString());
  const out: ChangeableInput[] = [];
  for (const { variable, plural, max } of CHANGEABLE) {
    const instances = request.situation[plural];
    const id = instances && typeof instances === "object" ? Object.keys(instances)[0] : undefined;
    if (!id || !system.hasVariable(variable)) continue;
    out.push({ variable, entity: plural, id, periods: variable === "loyer" ? [months[0]!] : months, min: 0, max });
  }
  return out;
}

export function explainJob(system: TaxBenefitSystem, request: ExplainRequest) {
  try {
    const result = explain(system, request.situation, { variable: request.variable, period: request.period });
    const value = result.value;
    const change =
      typeof value === "number"
        ? nearestChange(system, request.situation, {
            variable: request.variable,
            period: request.period,
            inputs: candidates(system, request),
            minGain: Math.max(1, value * 0.1),
          })
        : undefined;
    const french = frenchExplanation({ ...result, nearestChange: change });
    return { value, explanation: french };
  } catch (error) {
    throw asDroitsError(situationError(error, request.situation) ?? error);
  }
}
