import { FREE_TEXT_KEYWORD, personalDataIn, type PersonalDataKind } from "@zero/schemas";
import { AppError } from "../errors/app-error.ts";

// The check of free texts that must carry nothing personal (packages/schemas/src/free-text.ts):
// an Ajv keyword, and the AppError it becomes.

type KeywordValidate = ((schema: unknown, data: unknown) => boolean) & {
  errors?: { keyword: string; message: string; params: { kind: PersonalDataKind } }[];
};

interface KeywordRegistry {
  // A method signature, so that Ajv's wider keyword definition type is accepted.
  addKeyword(definition: { keyword: string; schemaType: "boolean"; errors: true; validate: KeywordValidate }): unknown;
}

const KIND_LABELS: Record<PersonalDataKind, string> = {
  phone: "un numéro de téléphone",
  email: "une adresse e-mail",
  identifier: "un numéro d'identification",
  name: "un nom de personne",
  birth: "une date de naissance",
};

/** Registers the keyword; called from Ajv's onCreate (plugins/input-guards.ts). */
export function addFreeTextRules(ajv: KeywordRegistry): void {
  const validate: KeywordValidate = (schema, data) => {
    const kind = schema === true && typeof data === "string" ? personalDataIn(data) : null;
    validate.errors = kind ? [{ keyword: FREE_TEXT_KEYWORD, message: `contient ${KIND_LABELS[kind]}`, params: { kind } }] : undefined;
    return kind === null;
  };
  ajv.addKeyword({ keyword: FREE_TEXT_KEYWORD, schemaType: "boolean", errors: true, validate });
}

interface ValidationItem {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: unknown;
}

/** PERSONAL_DATA_IN_TEXT naming the field and what it seems to hold; null when none was found. */
export function freeTextError(validation: readonly ValidationItem[], part: string): AppError | null {
  const first = validation.find((v) => v.keyword === FREE_TEXT_KEYWORD);
  if (!first) return null;
  const { kind } = first.params as { kind: PersonalDataKind };
  const field = (first.instancePath ?? "").replace(/^\//, "").replaceAll("/", ".") || "texte";
  const message =
    `Le champ « ${field} » semble contenir ${KIND_LABELS[kind]} : il est gardé au journal d'audit, ` +
    "décrivez la finalité sans donnée sur la personne.";
  const details = validation.map((v) => ({ in: part, path: v.instancePath ?? "", problem: v.message ?? "invalide" }));
  return new AppError("PERSONAL_DATA_IN_TEXT", { message, details });
}
