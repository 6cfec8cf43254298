// POST /api/droits/next, computed in a droits worker: the results known so far for an
// incomplete situation, and the questions the engine still needs (issue 14, step 2).
import { parsePeriod, simulationFromSituation, type TaxBenefitSystem, type Variable } from "@zero/engine";
import { zeroStatus } from "@zero/legislation-fr";
import { situationError } from "../openfisca/situation-errors.ts";
import { asDroitsError } from "./errors.ts";
import { QUESTION_BY_VARIABLE, type QuestionSpec } from "./questions.ts";

/** The benefits Mes droits answers, in the order shown (those the model computes). */
export const DROITS_BENEFITS = [
  "rsa",
  "ppa",
  "af",
  "cf",
  "asf",
  "paje_base",
  "aide_logement",
  "aah",
  "aspa",
  "css_participation_forfaitaire",
];

export interface NextRequest {
  situation: Record<string, unknown>;
  period: string;
}

interface Question {
  variable: string;
  entity: string;
  id: string;
  period: string;
  label: string;
  type: string;
  options?: { value: string; label: string }[];
  /** For a resource: the months to give the monthly amount for (together, `period`). */
  months?: string[];
  /** How many results still depend on the answer. */
  settles: number;
}

type Json = Record<string, Record<string, Record<string, unknown>>>;

/** The months from the first to the last of the periods read, as one OpenFisca period: `month:2024-04:12`. */
function span(periods: readonly string[]): string {
  const months = periods.map((p) => parsePeriod(p)).filter((p) => p.unit === "month");
  if (months.length <= 1) return periods[0]!;
  months.sort((a, b) => a.start.compare(b.start));
  const first = months[0]!.start;
  const last = months.at(-1)!.start;
  const count = (last.year - first.year) * 12 + (last.month - first.month) + 1;
  return `month:${first.toString().slice(0, 7)}:${count}`;
}

function typeOf(v: Variable): Pick<Question, "type" | "options"> {
  if (v.possibleValues) {
    const { names, labels } = v.possibleValues;
    return { type: "enum", options: names.map((value, i) => ({ value, label: labels[i] ?? value })) };
  }
  return {
    type: v.valueType === "float" ? "number" : v.valueType === "int" ? "integer" : v.valueType === "bool" ? "boolean" : v.valueType,
  };
}

/** The instances a question is for: those of its entity with no value given for it. */
function askedOf(situation: Json, plural: string, spec: QuestionSpec, adults: ReadonlySet<string>): string[] {
  const instances = situation[plural] ?? {};
  return Object.keys(instances).filter((id) => {
    if (plural === "individus" && spec.who !== "everyone" && adults.size > 0 && !adults.has(id)) return false;
    return instances[id]?.[spec.variable] === undefined;
  });
}

interface Computed {
  name: string;
  variable: Variable;
  id: string;
  amount: number;
  /** A right without an amount (a boolean: the CSS without participation): whether it is open. */
  open: boolean;
  /** The questions (their variables) its result read without an answer. */
  depends: Set<string>;
}

/** Each benefit computed on the situation as it is, with the questions it read unanswered. */
function computeBenefits(system: TaxBenefitSystem, situation: unknown, period: string) {
  const byQuestion = new Map<string, { spec: QuestionSpec; periods: Set<string>; benefits: Set<string> }>();
  const computed: Computed[] = [];
  for (const name of DROITS_BENEFITS) {
    if (!system.hasVariable(name) || zeroStatus(system.variable(name)) !== "computed") continue;
    const variable = system.variable(name);
    const { simulation, ids } = simulationFromSituation(system, situation);
    const at = variable.definitionPeriod === "year" ? parsePeriod(period).thisYear : period;
    const values = simulation.calculateOutput(name, at) as ArrayLike<number>;
    const depends = new Set<string>();
    for (const m of simulation.missingInputs()) {
      const spec = QUESTION_BY_VARIABLE.get(m.variable); // salaire_de_base missing: the net wage is asked
      if (!spec) continue;
      const entry = byQuestion.get(spec.variable) ?? { spec, periods: new Set(), benefits: new Set() };
      entry.periods.add(m.period);
      entry.benefits.add(name);
      byQuestion.set(spec.variable, entry);
      depends.add(spec.variable);
    }
    const value = values[0] ?? 0;
    const isRight = variable.valueType === "bool";
    const amount = isRight ? 0 : Math.round(value * 100) / 100;
    computed.push({ name, variable, id: ids[variable.entity]![0]!, amount, open: isRight ? value > 0 : amount > 0, depends });
  }
  return { byQuestion, computed };
}

const euros = (amount: number) => `${amount.toFixed(2).replace(".", ",")} €`;

export function nextJob(system: TaxBenefitSystem, request: NextRequest) {
  const { situation, period } = request;
  try {
    const json = situation as Json;
    const adults = new Set(Object.values(json.familles ?? {}).flatMap((f) => (Array.isArray(f.parents) ? f.parents.map(String) : [])));
    const { byQuestion, computed } = computeBenefits(system, situation, period);
    const questions: Question[] = [];
    for (const [name, { spec, periods, benefits }] of byQuestion) {
      const variable = system.variable(name);
      const plural = system.entities.plural(variable.entity);
      const months = spec.resource ? [...periods].filter((p) => parsePeriod(p).unit === "month").sort() : [];
      // A situation that holds (a handicap, a housing status) is given for every month read: the
      // answer is dispatched over them (a monthly mean of a resource is given month by month).
      const holds = spec.resource || variable.setInputPolicy === "dispatchByPeriod";
      const questionPeriod =
        variable.definitionPeriod === "eternity" ? "ETERNITY" : holds ? span([...periods]) : [...periods].sort().at(-1)!;
      for (const id of askedOf(json, plural, spec, adults)) {
        questions.push({
          variable: name,
          entity: plural,
          id,
          period: questionPeriod,
          // A resource is asked as a monthly amount: give it for each of these months.
          ...(months.length > 1 ? { months } : {}),
          label: spec.label,
          ...typeOf(variable),
          settles: benefits.size,
        });
      }
    }
    questions.sort((a, b) => b.settles - a.settles);
    const asked = new Set(questions.map((q) => q.variable));
    const results = computed.map(({ name, variable, id, amount, open: opened, depends }) => {
      // Unknown while a question it read is still asked of somebody; otherwise OpenFisca's defaults hold.
      const open = [...depends].filter((q) => asked.has(q)).length;
      const status = open > 0 ? "unknown" : opened ? "eligible" : "not_eligible";
      const per = variable.definitionPeriod === "year" ? "par an" : "par mois";
      const reason =
        status === "unknown"
          ? `Dépend encore ${open === 1 ? "d'une réponse" : `de ${open} réponses`}.`
          : status === "eligible"
            ? variable.valueType === "bool"
              ? `${variable.label} : droit ouvert avec vos réponses.`
              : `${variable.label} : environ ${euros(amount)} ${per} avec vos réponses.`
            : `${variable.label} : pas de droit avec vos réponses.`;
      return { variable: name, entity: system.entities.plural(variable.entity), id, amount, status, reason };
    });
    return { questions, results };
  } catch (error) {
    throw asDroitsError(situationError(error, situation) ?? error);
  }
}
