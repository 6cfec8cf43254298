import { AppError } from "../../errors/app-error.ts";
import { COMMON_PASSWORD_BASES } from "./common-passwords.ts";

// The one set of password rules (issue 11, attack 10), for account creation, password change
// and reset. After NIST SP 800-63B and the ANSSI: a length, a list of passwords people choose
// most, and what the account itself gives away (its e-mail, its name); no forced mix of
// character kinds, which makes passwords harder to remember and not harder to guess.

export const PASSWORD_MIN_LENGTH = 12;

export type PasswordRule = "too_short" | "only_digits" | "repetitive" | "sequence" | "common" | "personal";

const PROBLEMS: Record<PasswordRule, string> = {
  too_short: `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  only_digits: "Il n'est fait que de chiffres : une date ou un numéro se devinent.",
  repetitive: "Il répète un même caractère ou un même motif.",
  sequence: "C'est une suite de touches ou de caractères (azerty, 123456, abcdef…).",
  common: "C'est un mot de passe très courant, même entouré de chiffres ou de symboles.",
  personal: "Il contient votre adresse électronique ou votre nom.",
};

/** What the account gives away: its e-mail and display name are the first guesses. */
export interface PasswordContext {
  email?: string | undefined;
  displayName?: string | undefined;
}

// Rows of the keyboards in use (AZERTY, QWERTY) and the alphabet and digits, forwards; a run of
// three or more keys along one of them, or backwards, is a "sequence".
const RUNS = ["azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz"];
const ALL_RUNS = [...RUNS, "01234567890"].flatMap((r) => [r, [...r].reverse().join("")]);

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

/** Lowercase, without accents (é → e), so that "Éléphant" and "elephant" compare equal. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The words under the decorations: digits and symbols around stripped, then the letters alone
 * ("Bonjour!Bonjour!" → bonjourbonjour) and with the usual substitutions undone (p@ssw0rd → password).
 */
function basesOf(folded: string): string[] {
  const core = folded.replace(/^[^\p{L}]+/u, "").replace(/[^\p{L}]+$/u, "");
  const letters = (text: string) => text.replace(/[^\p{L}]/gu, "");
  return [letters(core), letters([...core].map((c) => LEET[c] ?? c).join(""))].filter((b) => b.length > 0);
}

/** Whether the text is one motif of at most 6 characters said again and again ("abcabc", "xxxxxx"). */
function isRepetition(text: string): boolean {
  const chars = [...text];
  if (new Set(chars).size <= 3) return true;
  for (let size = 1; size <= 6 && size * 2 <= chars.length; size++) {
    const unit = chars.slice(0, size).join("");
    if (unit.repeat(Math.ceil(chars.length / size)).startsWith(text)) return true;
  }
  return false;
}

/** Whether the text is made entirely of runs of 3+ keys or letters (azertyuiop, qwerty123, 987654). */
function isSequence(text: string): boolean {
  const n = text.length;
  if (n > 64) return false;
  const covered: boolean[] = new Array<boolean>(n + 1).fill(false);
  covered[n] = true;
  for (let i = n - 3; i >= 0; i--) {
    for (let j = n; j >= i + 3 && !covered[i]; j--) {
      if (covered[j] && ALL_RUNS.some((run) => run.includes(text.slice(i, j)))) covered[i] = true;
    }
  }
  return covered[0]!;
}

/** Whether the word is one or two common bases put together ("jetaimemonamour", "soleilsoleil"). */
function isCommon(base: string): boolean {
  if (COMMON_PASSWORD_BASES.has(base)) return true;
  for (let cut = 3; cut <= base.length - 3; cut++) {
    if (COMMON_PASSWORD_BASES.has(base.slice(0, cut)) && COMMON_PASSWORD_BASES.has(base.slice(cut))) return true;
  }
  return false;
}

/** The parts of the e-mail and name that a guesser tries first (jean.dupont@x.fr: "jean.dupont", "dupont"). */
function personalWords(context: PasswordContext): string[] {
  const words: string[] = [];
  const local = fold(context.email ?? "").split("@")[0] ?? "";
  if (local.length >= 3) words.push(local);
  for (const part of local.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 4) words.push(part);
  for (const part of fold(context.displayName ?? "").split(/[^\p{L}]+/u)) if (part.length >= 4) words.push(part);
  return words;
}

/** The rules a candidate password breaks, in order; empty when it is acceptable. */
export function passwordProblems(password: string, context: PasswordContext = {}): PasswordRule[] {
  const problems: PasswordRule[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push("too_short");
  const folded = fold(password);
  const compact = folded.replace(/[\s\-_.]+/g, "");
  if (/^\d+$/.test(compact)) problems.push("only_digits");
  if (isRepetition(compact)) problems.push("repetitive");
  else if (isSequence(compact)) problems.push("sequence");
  if (basesOf(folded).some((base) => isCommon(base) || isRepetitionOfCommon(base))) problems.push("common");
  // "jean.dupont" is found in "Jean-Dupont-2024" too: both sides compared without separators.
  const bare = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "");
  if (personalWords(context).some((w) => bare(folded).includes(bare(w)))) problems.push("personal");
  return problems;
}

function isRepetitionOfCommon(base: string): boolean {
  for (let size = 3; size * 2 <= base.length; size++) {
    const unit = base.slice(0, size);
    if (base.length % size === 0 && unit.repeat(base.length / size) === base && COMMON_PASSWORD_BASES.has(unit)) {
      return true;
    }
  }
  return false;
}

/**
 * Throws PASSWORD_TOO_WEAK when the password breaks a rule; `field` names the body's property
 * in the details, as VALIDATION_FAILED does ({ in, path, problem }), so forms show it under the field.
 */
export function assertAcceptablePassword(password: string, context: PasswordContext = {}, field = "password"): void {
  const problems = passwordProblems(password, context);
  if (problems.length === 0) return;
  throw new AppError("PASSWORD_TOO_WEAK", {
    details: problems.map((rule) => ({ in: "body", path: `/${field}`, rule, problem: PROBLEMS[rule] })),
  });
}
