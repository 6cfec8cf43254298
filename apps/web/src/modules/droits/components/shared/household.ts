import type { Question, Situation } from "../../api.ts";

// The household as the person describes it first (who lives there, their birth dates), and the
// OpenFisca situation built from it and from the answers given since. Everything stays in the
// browser (see flow-storage.ts); only the situation is sent, to be computed.

export interface Household {
  couple: boolean;
  children: number;
  /** One per person, in the order of `personIds`: the person, the spouse, then the children (YYYY-MM-DD). */
  birthDates: string[];
}

/** The value given to one question, for one instance. */
export type AnswerValue = string | number | boolean;

export interface Answer {
  question: Question;
  value: AnswerValue;
}

/** The instances' ids: never French words, so that the explanations' texts can name the persons (see `withNames`). */
export const FAMILLE = "foyer";
export const MENAGE = "logement";
export const FOYER_FISCAL = "foyer_fiscal";

export const MAX_CHILDREN = 8;

export function adultIds(household: Pick<Household, "couple">): string[] {
  return household.couple ? ["personne_1", "personne_2"] : ["personne_1"];
}

export function childIds(household: Pick<Household, "children">): string[] {
  return Array.from({ length: household.children }, (_, i) => `enfant_${i + 1}`);
}

export function personIds(household: Pick<Household, "couple" | "children">): string[] {
  return [...adultIds(household), ...childIds(household)];
}

/** How the page names a person or a group: « Vous », « Votre conjoint ou conjointe », « Enfant 2 », « Votre logement ». */
export function nameOf(id: string): string {
  if (id === "personne_1") return "Vous";
  if (id === "personne_2") return "Votre conjoint ou conjointe";
  const child = /^enfant_(\d+)$/.exec(id);
  if (child) return `Enfant ${child[1]}`;
  if (id === MENAGE) return "Votre logement";
  if (id === FAMILLE || id === FOYER_FISCAL) return "Votre foyer";
  return id;
}

/** The explanations name instances by their ids: the persons' names instead. */
export function withNames(text: string): string {
  return text
    .replace(/\bpersonne_1\b/g, "vous")
    .replace(/\bpersonne_2\b/g, "votre conjoint ou conjointe")
    .replace(/\benfant_(\d+)\b/g, "l'enfant $1")
    .replace(/\(logement\)/g, "(votre logement)")
    .replace(/\(foyer_fiscal\)/g, "(votre foyer fiscal)")
    .replace(/\(foyer\)/g, "(votre foyer)");
}

/** The household's situation, before any answer: who lives there, their families and their birth dates. */
export function householdSituation(household: Household): Situation {
  const adults = adultIds(household);
  const children = childIds(household);
  const individus: Situation[string] = {};
  personIds(household).forEach((id, i) => {
    const date = household.birthDates[i];
    individus[id] = date ? { date_naissance: { ETERNITY: date } } : {};
  });
  return {
    individus,
    familles: { [FAMILLE]: { parents: adults, enfants: children } },
    foyers_fiscaux: { [FOYER_FISCAL]: { declarants: adults, personnes_a_charge: children } },
    menages: {
      [MENAGE]: {
        personne_de_reference: [adults[0]!],
        ...(adults[1] ? { conjoint: [adults[1]] } : {}),
        enfants: children,
      },
    },
  };
}

/** The situation with the answers given: a resource for each of its months, anything else for its period. */
export function situationWith(household: Household, answers: readonly Answer[]): Situation {
  const situation = householdSituation(household);
  for (const { question, value } of answers) {
    const instance = situation[question.entity]?.[question.id];
    if (!instance) continue;
    const given = question.months ? Object.fromEntries(question.months.map((m) => [m, value])) : { [question.period]: value };
    instance[question.variable] = { ...(instance[question.variable] as object | undefined), ...given };
  }
  return situation;
}

/** The key of a question: the same input of the same instance. */
export const questionKey = (q: Pick<Question, "entity" | "id" | "variable">) => `${q.entity}/${q.id}/${q.variable}`;

/** The month the results are computed for: the current one, in the person's time zone. */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}
