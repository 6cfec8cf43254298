// Turns the `details` of a VALIDATION_FAILED answer ({ in, path, problem }, problem being
// the validator's English message) into one French message per field of a form.

type Detail = { in?: unknown; path?: unknown; problem?: unknown };

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export function fieldErrorsFromDetails<Field extends string>(
  details: unknown,
  fields: readonly Field[],
  messages: { [F in Field]?: { format?: string; enum?: string } } = {},
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!Array.isArray(details)) return errors;
  for (const detail of details as Detail[]) {
    const problem = typeof detail.problem === "string" ? detail.problem : "";
    const field = fieldOf(detail, problem, fields);
    if (field === undefined || errors[field] !== undefined) continue;
    errors[field] = frenchProblem(problem, messages[field]);
  }
  return errors;
}

function fieldOf<Field extends string>(detail: Detail, problem: string, fields: readonly Field[]): Field | undefined {
  const path = typeof detail.path === "string" ? detail.path : "";
  // A missing property is reported on its parent ("") and named in the message.
  const name = path === "" ? /'([^']+)'/.exec(problem)?.[1] : path.split("/")[1];
  return fields.find((field) => field === name);
}

function frenchProblem(problem: string, custom: { format?: string; enum?: string } = {}): string {
  const fewer = /fewer than (\d+) character/.exec(problem);
  if (fewer !== null) return fewer[1] === "1" ? "Ce champ est obligatoire." : `Trop court : ${fewer[1]} caractères minimum.`;
  const more = /more than (\d+) character/.exec(problem);
  if (more !== null) return `Trop long : ${more[1]} caractères maximum.`;
  if (problem.includes("required property")) return "Ce champ est obligatoire.";
  if (problem.includes("format")) return custom.format ?? "Le format n'est pas valide.";
  if (problem.includes("constant") || problem.includes("anyOf") || problem.includes("allowed values")) {
    return custom.enum ?? "Cette valeur n'est pas acceptée.";
  }
  return "Cette valeur n'est pas valide.";
}
