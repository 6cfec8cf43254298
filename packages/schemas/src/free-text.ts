import { Type, type TString } from "@sinclair/typebox";

// Purposes and reasons are free text kept in the audit log and beside records for years: they
// say why, never who. A text that looks like a phone number, an e-mail address, an
// identification number or a named person is refused (the API checks it with the keyword
// below, apps/api/src/plugins/free-text-rules.ts), and the person is asked to describe the
// purpose instead.

/** The JSON Schema keyword marking a free text that must carry nothing personal. */
export const FREE_TEXT_KEYWORD = "x-no-personal-data";

export type PersonalDataKind = "phone" | "email" | "identifier" | "name" | "birth";

const PATTERNS: readonly [PersonalDataKind, RegExp][] = [
  ["email", /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i],
  // French numbers (06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78), and any "+" number.
  ["phone", /(?<!\d)(?:(?:\+|00)33[\s.-]?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/],
  ["phone", /\+\d{1,3}(?:[\s.-]?\d){8,}/],
  // A social security number (NIR: 1 85 05 13 055 123 45), or any run of 11 digits or more
  // (CAF, France Travail, bank numbers).
  ["identifier", /(?<!\d)[12][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[AB])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?(?!\d)/i],
  ["identifier", /\d{11,}/],
  // A civility followed by a capital: « M. Dupont », « Mme Karima », « Monsieur B ».
  ["name", /(?:^|[\s(«"'])(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+\p{Lu}/u],
  ["birth", /\bn[ée]e?\s+le\b/i],
];

/** The first kind of personal data the text seems to hold, or null. */
export function personalDataIn(text: string): PersonalDataKind | null {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  return null;
}

/** A free text for the audit log or a record's history: bounded, and nothing personal in it. */
export const AuditText = (options: { minLength?: number; maxLength: number; description?: string }): TString =>
  Type.String({ ...options, [FREE_TEXT_KEYWORD]: true });
