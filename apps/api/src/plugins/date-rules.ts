import { DATE_RULE_KEYWORD, DATE_RULES, checkDate, type DateProblem, type DateRule, type DateWindow } from "@zero/schemas";
import { AppError } from "../errors/app-error.ts";

// The check of every date's rule (packages/schemas/src/dates.ts, ADR 0020): an Ajv keyword,
// evaluated at each request against the server's clock, and the AppError it becomes.

interface KeywordError {
  keyword: string;
  message: string;
  params: { rule: DateRule } & DateProblem;
}
type KeywordValidate = ((schema: unknown, data: unknown) => boolean) & { errors?: KeywordError[] };

interface KeywordRegistry {
  // A method signature, so that Ajv's wider keyword definition type is accepted.
  addKeyword(definition: { keyword: string; schemaType: "string"; errors: true; validate: KeywordValidate }): unknown;
}

const isRule = (value: unknown): value is DateRule => DATE_RULES.includes(value as DateRule);

/** Registers the date-rule keyword; called from Ajv's onCreate (plugins/input-guards.ts). */
export function addDateRules(ajv: KeywordRegistry): void {
  const validate: KeywordValidate = (schema, data) => {
    if (!isRule(schema)) throw new Error(`unknown date rule ${String(schema)}`);
    const found = checkDate(schema, data);
    validate.errors = found ? [{ keyword: DATE_RULE_KEYWORD, message: problemText(found), params: { rule: schema, ...found } }] : undefined;
    return found === null;
  };
  ajv.addKeyword({ keyword: DATE_RULE_KEYWORD, schemaType: "string", errors: true, validate });
}

function bound(window: DateWindow, side: "min" | "max"): string {
  return String(window[side]);
}

function problemText({ problem, window }: DateProblem): string {
  return problem === "future"
    ? `date dans le futur (au plus tard ${bound(window, "max")})`
    : `date hors de la période admise (du ${bound(window, "min")} au ${bound(window, "max")})`;
}

/** "/consent/givenAt" → "consent.givenAt"; a query string's "/from" → "from". */
function fieldName(instancePath: string): string {
  return instancePath.replace(/^\//, "").replaceAll("/", ".") || "date";
}

interface ValidationItem {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: unknown;
}

/**
 * When a refused request breaks a date's rule, its code says so (DATE_IN_FUTURE or
 * DATE_OUT_OF_RANGE), with a message naming the field; the details list every problem found,
 * as VALIDATION_FAILED's do. Null when no date rule was broken.
 */
export function dateRuleError(validation: readonly ValidationItem[], part: string): AppError | null {
  const first = validation.find((v) => v.keyword === DATE_RULE_KEYWORD);
  if (!first) return null;
  // A value that is no date at all is the format's to refuse (VALIDATION_FAILED).
  if (validation.some((v) => v.keyword === "format" && v.instancePath === first.instancePath)) return null;
  const { problem, window } = first.params as KeywordError["params"];
  const field = fieldName(first.instancePath ?? "");
  const message =
    problem === "future"
      ? `La date « ${field} » est dans le futur : au plus tard ${bound(window, "max")} (heure du serveur).`
      : `La date « ${field} » est hors de la période admise : du ${bound(window, "min")} au ${bound(window, "max")}.`;
  const details = validation.map((v) => ({ in: part, path: v.instancePath ?? "", problem: v.message ?? "invalide" }));
  return new AppError(problem === "future" ? "DATE_IN_FUTURE" : "DATE_OUT_OF_RANGE", { message, details });
}
