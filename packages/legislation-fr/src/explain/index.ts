// Explanations in plain French of the engine's explain and nearestChange (issue 14).
export { frenchExplanation } from "./french-explanation.ts";
export type {
  ExplainedResult,
  FrenchExplanation,
  FrenchExplanationOptions,
  FrenchCondition,
  FrenchFigure,
  FrenchSource,
  FrenchNearestChange,
} from "./french-explanation.ts";
export { loadWordings, readBenefitWording, EXPLANATIONS_DIR } from "./wording.ts";
export type { Wordings, BenefitWording, InputWording, WordingReason, WordingTest } from "./wording.ts";
export { euros, wholeEuros, periodText, periodsText, parameterValueText } from "./format.ts";
