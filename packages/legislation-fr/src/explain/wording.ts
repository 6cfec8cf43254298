// Optional wording files that refine the sentences of one benefit's explanation
// (explanations/<variable>.yaml), and the phrases of the inputs a person can change
// (explanations/_inputs.yaml). Without a file, the labels of the model speak.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

/** The `explanations/` folder of this package. */
export const EXPLANATIONS_DIR = fileURLToPath(new URL("../../explanations", import.meta.url));

/**
 * A test on the explanation tree: the value of the variable nearest the result (for the
 * explained instance), compared with a number, a parameter (`p:path`) or another variable (`v:name`).
 */
export interface WordingTest {
  readonly variable: string;
  readonly is?: boolean | string;
  readonly below?: number | string;
  readonly atLeast?: number | string;
}

export interface WordingReason {
  readonly when: WordingTest;
  /** A template: `{montant}`, `{periode}`, `{droit}`, `{v:variable}`, `{p:parameter.path}`. */
  readonly text: string;
}

export interface InputWording {
  /** "avec un salaire net inférieur à {valeur}": the input lowered. */
  readonly lower?: string;
  /** "avec un salaire net d'au moins {valeur}": the input raised. */
  readonly higher?: string;
}

export interface BenefitWording {
  readonly variable: string;
  /** What one has a right to, with its preposition: "au RSA", "à la prime d'activité". */
  readonly droit?: string;
  /** The summary of an award (template; default "Vous avez droit {droit} : {montant} par mois ({periode})."). */
  readonly award?: string;
  /** Why it is refused, the first reason whose test holds (else the failed conditions, else a generic sentence). */
  readonly refusal?: readonly WordingReason[];
  /** Conditions to show first, in this order. */
  readonly keyConditions?: readonly string[];
  /** Sentences for a condition met or failed (templates); `false`: not shown in that case. */
  readonly conditions?: Readonly<Record<string, { readonly met?: string | false; readonly failed?: string | false }>>;
  /** Yes/no variables that are no condition of this benefit (facts read on the way): never shown. */
  readonly hiddenConditions?: readonly string[];
  /** Figures to show first, in this order (parameter paths). */
  readonly keyFigures?: readonly string[];
  /** Sentences for a figure (templates, with `{valeur}`). */
  readonly figures?: Readonly<Record<string, string>>;
  /** Phrases of the inputs for this benefit (over `_inputs.yaml`). */
  readonly inputs?: Readonly<Record<string, InputWording>>;
}

export interface Wordings {
  readonly benefits: ReadonlyMap<string, BenefitWording>;
  readonly inputs: Readonly<Record<string, InputWording>>;
}

type Json = Record<string, unknown>;
const isRecord = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

class WordingError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "WordingError";
  }
}

function only(file: string, raw: Json, keys: readonly string[], where: string): void {
  for (const k of Object.keys(raw)) if (!keys.includes(k)) throw new WordingError(file, `unknown key "${k}" in ${where}`);
}

function text(file: string, raw: unknown, where: string): string {
  if (typeof raw !== "string" || raw.trim() === "") throw new WordingError(file, `${where} must be a sentence`);
  return raw;
}

function list(file: string, raw: unknown, where: string): string[] {
  if (!Array.isArray(raw) || raw.some((x) => typeof x !== "string")) throw new WordingError(file, `${where} must be a list of names`);
  return raw as string[];
}

function inputs(file: string, raw: unknown, where: string): Record<string, InputWording> {
  if (!isRecord(raw)) throw new WordingError(file, `${where} must map input variables to { lower, higher }`);
  const out: Record<string, InputWording> = {};
  for (const [name, w] of Object.entries(raw)) {
    if (!isRecord(w)) throw new WordingError(file, `${where}.${name} must be { lower, higher }`);
    only(file, w, ["lower", "higher"], `${where}.${name}`);
    out[name] = {
      ...(w.lower === undefined ? {} : { lower: text(file, w.lower, `${where}.${name}.lower`) }),
      ...(w.higher === undefined ? {} : { higher: text(file, w.higher, `${where}.${name}.higher`) }),
    };
  }
  return out;
}

function test(file: string, raw: unknown, where: string): WordingTest {
  if (!isRecord(raw) || typeof raw.variable !== "string") throw new WordingError(file, `${where} needs a variable`);
  only(file, raw, ["variable", "is", "below", "atLeast"], where);
  const tests = ["is", "below", "atLeast"].filter((k) => raw[k] !== undefined);
  if (tests.length !== 1) throw new WordingError(file, `${where} needs one of is, below, atLeast`);
  for (const k of ["below", "atLeast"]) {
    const v = raw[k];
    if (v !== undefined && typeof v !== "number" && !(typeof v === "string" && /^[pv]:/.test(v))) {
      throw new WordingError(file, `${where}.${k} must be a number, p:parameter or v:variable`);
    }
  }
  if (raw.is !== undefined && typeof raw.is !== "boolean" && typeof raw.is !== "string") {
    throw new WordingError(file, `${where}.is must be true, false or an item`);
  }
  return raw as unknown as WordingTest;
}

/** Reads and checks one benefit's wording (unknown keys are refused: a typo fails loudly). */
export function readBenefitWording(file: string, raw: unknown): BenefitWording {
  if (!isRecord(raw)) throw new WordingError(file, "a wording file is a mapping");
  const keys = [
    "variable",
    "droit",
    "award",
    "refusal",
    "keyConditions",
    "hiddenConditions",
    "conditions",
    "keyFigures",
    "figures",
    "inputs",
  ];
  only(file, raw, keys, "the file");
  const variable = text(file, raw.variable, "variable");
  const out: Record<string, unknown> = { variable };
  if (raw.droit !== undefined) out.droit = text(file, raw.droit, "droit");
  if (raw.award !== undefined) out.award = text(file, raw.award, "award");
  if (raw.refusal !== undefined) {
    if (!Array.isArray(raw.refusal)) throw new WordingError(file, "refusal must be a list of { when, text }");
    out.refusal = raw.refusal.map((r: unknown, i: number) => {
      if (!isRecord(r)) throw new WordingError(file, `refusal[${i}] must be { when, text }`);
      only(file, r, ["when", "text"], `refusal[${i}]`);
      return { when: test(file, r.when, `refusal[${i}].when`), text: text(file, r.text, `refusal[${i}].text`) };
    });
  }
  if (raw.keyConditions !== undefined) out.keyConditions = list(file, raw.keyConditions, "keyConditions");
  if (raw.hiddenConditions !== undefined) out.hiddenConditions = list(file, raw.hiddenConditions, "hiddenConditions");
  if (raw.keyFigures !== undefined) out.keyFigures = list(file, raw.keyFigures, "keyFigures");
  if (raw.conditions !== undefined) {
    if (!isRecord(raw.conditions)) throw new WordingError(file, "conditions must map variables to { met, failed }");
    const conditions: Record<string, { met?: string | false; failed?: string | false }> = {};
    const sentenceOrFalse = (x: unknown, where: string): string | false => (x === false ? false : text(file, x, where));
    for (const [name, c] of Object.entries(raw.conditions)) {
      if (!isRecord(c)) throw new WordingError(file, `conditions.${name} must be { met, failed }`);
      only(file, c, ["met", "failed"], `conditions.${name}`);
      conditions[name] = {
        ...(c.met === undefined ? {} : { met: sentenceOrFalse(c.met, `conditions.${name}.met`) }),
        ...(c.failed === undefined ? {} : { failed: sentenceOrFalse(c.failed, `conditions.${name}.failed`) }),
      };
    }
    out.conditions = conditions;
  }
  if (raw.figures !== undefined) {
    if (!isRecord(raw.figures)) throw new WordingError(file, "figures must map parameter paths to sentences");
    out.figures = Object.fromEntries(Object.entries(raw.figures).map(([path, t]) => [path, text(file, t, `figures.${path}`)]));
  }
  if (raw.inputs !== undefined) out.inputs = inputs(file, raw.inputs, "inputs");
  return out as unknown as BenefitWording;
}

const cache = new Map<string, Wordings>();

/** Every wording file of a folder (read once per folder). */
export function loadWordings(dir: string = EXPLANATIONS_DIR): Wordings {
  const known = cache.get(dir);
  if (known) return known;
  const benefits = new Map<string, BenefitWording>();
  let common: Record<string, InputWording> = {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".yaml")) continue;
    const raw: unknown = YAML.parse(readFileSync(join(dir, name), "utf8"));
    if (name === "_inputs.yaml") {
      if (!isRecord(raw)) throw new WordingError(name, "expected { inputs: … }");
      only(name, raw, ["inputs"], "the file");
      common = inputs(name, raw.inputs, "inputs");
      continue;
    }
    const wording = readBenefitWording(name, raw);
    if (`${wording.variable}.yaml` !== name) throw new WordingError(name, `the file of ${wording.variable} is ${wording.variable}.yaml`);
    benefits.set(wording.variable, wording);
  }
  const wordings = { benefits, inputs: common };
  cache.set(dir, wordings);
  return wordings;
}
