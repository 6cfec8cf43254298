// The public API of @zero/engine (see API.md). Explicit named exports only.
export { defineEntities, Entities, GroupEntity } from "./entities.ts";
export type { EntitiesDefinition, GroupEntityDefinition, PersonEntityDefinition, RoleDefinition, FlatRole } from "./entities.ts";
export {
  EngineError,
  PeriodParseError,
  UnknownVariableError,
  PeriodMismatchError,
  CycleError,
  SituationError,
  ParameterError,
  DefinitionError,
  EntityError,
} from "./errors.ts";
export { Instant, parseInstant } from "./instant.ts";
export type { DateUnit } from "./instant.ts";
export { Period, parsePeriod } from "./period.ts";
export { Enum, defineEnum } from "./enum.ts";
export { defineVariable, formulaAt } from "./variable.ts";
export type {
  Variable,
  VariableDefinition,
  ValueType,
  DefinitionPeriod,
  SetInputPolicy,
  CalculateOutput,
  NumericVector,
  Vector,
  Formula,
  FormulaContext,
  FormulaResult,
  ParametersAccessor,
} from "./variable.ts";
export { Scale } from "./parameters/scale.ts";
export type { ScaleType, CalcOptions } from "./parameters/scale.ts";
export { parameterTreeFromObject, parameterTreeFromFiles, findParameter } from "./parameters/tree.ts";
export type {
  ParameterNode,
  ParameterEntry,
  ParameterLeaf,
  ParameterScale,
  ParameterFile,
  ParameterMetadata,
  DatedValue,
} from "./parameters/tree.ts";
export { pickByKey } from "./parameters/at-instant.ts";
export type { ParameterNodeAt } from "./parameters/at-instant.ts";
export { TaxBenefitSystem, createTaxBenefitSystem } from "./system.ts";
export type { TaxBenefitSystemDefinition } from "./system.ts";
export { Simulation } from "./simulation.ts";
export type { SimulationOptions, MissingInput } from "./simulation.ts";
export type { Population, CalculateOption } from "./population.ts";
export type { PopulationInput, Membership } from "./population-data.ts";
export type { TraceNode, TraceOption, TraceParameter, TraceSource } from "./tracer.ts";
export { simulationFromSituation } from "./situation.ts";
export { expandAxes, readAxes, axesCells, type Axis } from "./axes.ts";
export { explain, EXPLAIN_MAX_DEPTH, EXPLAIN_MAX_NODES } from "./explain.ts";
export type { Explanation, ExplanationNode, ExplanationSource, ExplainOptions, ExplainedParameter, InstanceValue } from "./explain.ts";
export { conditionsOf, figuresOf, sourcesOf } from "./explanation-readers.ts";
export type { Condition, ConditionsOptions, Figure, Source } from "./explanation-readers.ts";
export { variableReferences, parameterReferencesAt } from "./legal-reference.ts";
export type { LegalReference } from "./legal-reference.ts";
export { nearestChange } from "./nearest-change.ts";
export type { ChangeableInput, NearestChange, NearestChangeOptions } from "./nearest-change.ts";
export type { SituationOptions, SituationResult, RequestedOutput } from "./situation.ts";
export { fillSituation } from "./situation-output.ts";
export type { FillError } from "./situation-output.ts";
export { runTestCase } from "./test-runner.ts";
export type { TestCase, TestCaseOptions, TestCaseResult, AssertionResult } from "./test-runner.ts";
export { evaluateArithmetic } from "./arithmetic.ts";
export { readableValue } from "./readable.ts";
export type { ReadableValue } from "./readable.ts";
export { toDays, fromDays, ageInYears, ageInMonths } from "./dates.ts";
export { knownConstant } from "./vector-kinds.ts";
export { allOf, anyOf, not, gt, ge, lt, le, eq, between, where, select, add, sub, mul, div, maximum, minimum, clip } from "./vector.ts";
export { sumMembers, countMembers } from "./members.ts";
