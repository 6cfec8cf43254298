// Typed errors: callers (API, CLI, test runner) switch on `code`, not on messages.

export class EngineError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

export class PeriodParseError extends EngineError {
  readonly input: string;
  constructor(input: string, detail?: string) {
    super("period_parse", `Invalid period "${input}"${detail ? `: ${detail}` : ""}`);
    this.input = input;
  }
}

export class UnknownVariableError extends EngineError {
  readonly variable: string;
  constructor(variable: string, context?: string) {
    super("unknown_variable", `Unknown variable "${variable}"${context ? ` (${context})` : ""}`);
    this.variable = variable;
  }
}

/** A variable read for a period its definition period does not allow. */
export class PeriodMismatchError extends EngineError {
  readonly variable: string;
  readonly period: string;
  constructor(variable: string, period: string, detail: string) {
    super("period_mismatch", `Variable "${variable}" for period ${period}: ${detail}`);
    this.variable = variable;
    this.period = period;
  }
}

/** A variable asked for itself at the same period: a circular definition. */
export class CycleError extends EngineError {
  readonly variable: string;
  readonly period: string;
  constructor(variable: string, period: string, stack: string[]) {
    super("cycle", `Circular definition detected on ${variable}@${period} (stack: ${stack.join(" > ")})`);
    this.variable = variable;
    this.period = period;
  }
}

/** A situation (Web API body, YAML test input) that cannot be read. */
export class SituationError extends EngineError {
  readonly path: string[];
  constructor(path: string[], message: string, code = "situation") {
    super(code, `${path.length > 0 ? path.join(".") + ": " : ""}${message}`);
    this.path = path;
  }
}

export class ParameterError extends EngineError {
  readonly path: string;
  constructor(path: string, message: string) {
    super("parameter", `Parameter "${path}": ${message}`);
    this.path = path;
  }
}

export class DefinitionError extends EngineError {
  constructor(message: string) {
    super("definition", message);
  }
}

export class EntityError extends EngineError {
  constructor(message: string) {
    super("entity", message);
  }
}
