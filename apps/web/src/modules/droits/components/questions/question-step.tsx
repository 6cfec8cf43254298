import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Question } from "../../api.ts";
import { monthName, parseAmount } from "../shared/format.ts";
import { nameOf, questionKey, type Answer, type AnswerValue } from "../shared/household.ts";

type Props = {
  /** The questions of one input, one per instance it concerns (the same variable). */
  questions: Question[];
  /** Values to start from: the answers given before, if any. */
  initial: Record<string, AnswerValue>;
  /** « Question 4 », and how many may follow. */
  position: string;
  /** The step's number (1 for the first question after the household). */
  number: number;
  onSubmit: (answers: Answer[]) => void;
  onBack: () => void;
};

/** The value a field holds while typing: the text of a number, a date, an option, or yes/no. */
type Draft = string | boolean | undefined;

const isPerson = (q: Question) => q.entity === "individus";
const fieldId = (q: Question) => `q-${q.entity}-${q.id}-${q.variable}`;
/** OpenFisca's « not given » option is no answer for a person to choose. */
const choices = (q: Question) => (q.options ?? []).filter((o) => o.value !== "non_renseigne");

function draftOf(q: Question, value: AnswerValue | undefined): Draft {
  if (value === undefined) return undefined;
  if (typeof value === "number") return String(value).replace(".", ",");
  return value;
}

/** The answer of a field, or the French message saying what is missing. */
function valueOf(q: Question, draft: Draft): { value: AnswerValue } | { error: string } {
  switch (q.type) {
    case "boolean":
      return typeof draft === "boolean" ? { value: draft } : { error: "Répondez par oui ou par non." };
    case "number":
    case "integer": {
      const amount = typeof draft === "string" ? parseAmount(draft) : undefined;
      if (amount === undefined) return { error: "Indiquez un nombre (0 si aucun)." };
      if (amount < 0) return { error: "Indiquez un nombre positif ou 0." };
      if (q.type === "integer" && !Number.isInteger(amount)) return { error: "Indiquez un nombre entier." };
      return { value: amount };
    }
    case "date":
      return typeof draft === "string" && /^\d{4}-\d{2}-\d{2}$/.test(draft) ? { value: draft } : { error: "Indiquez une date." };
    case "enum":
      return typeof draft === "string" && draft !== "" ? { value: draft } : { error: "Choisissez une réponse." };
    default:
      if (q.variable === "depcom" && !(typeof draft === "string" && /^\d[\dAB]\d{3}$/.test(draft.trim()))) {
        return { error: "Indiquez le code de la commune à 5 caractères, par exemple 13201 pour Marseille 1er." };
      }
      return typeof draft === "string" && draft.trim() !== "" ? { value: draft.trim() } : { error: "Indiquez une réponse." };
  }
}

function hintOf(q: Question): string | undefined {
  if (q.months && q.months.length > 0) {
    return `Montant moyen par mois, de ${monthName(q.months[0]!)} à ${monthName(q.months.at(-1)!)}, en euros. Indiquez 0 si aucun.`;
  }
  if (q.variable === "depcom") {
    return "Code officiel (INSEE) de la commune, différent du code postal. Marseille : 13201 pour le 1er arrondissement, 13202 pour le 2e… jusqu'à 13216 pour le 16e.";
  }
  if (q.variable === "taux_incapacite")
    return "Par exemple 0,8 pour un taux de 80 %, 0,5 pour 50 %. Indiquez 0 si aucun taux n'a été reconnu.";
  if (q.type === "number") return "En euros. Indiquez 0 si aucun.";
  return undefined;
}

/** One step of the questionnaire: the engine's question, for each person (or the home) it concerns. */
export function QuestionStep({ questions, initial, position, number, onSubmit, onBack }: Props) {
  const first = questions[0]!;
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(questions.map((q) => [questionKey(q), draftOf(q, initial[questionKey(q)])])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);

  // Each new question is announced: the focus goes to it, as on a new page.
  useEffect(() => heading.current?.focus(), []);

  const set = (q: Question, draft: Draft) => setDrafts((previous) => ({ ...previous, [questionKey(q)]: draft }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const answers: Answer[] = [];
    // Several persons asked a yes/no question: the boxes not ticked are « no ».
    const checklist = first.type === "boolean" && questions.length > 1;
    for (const q of questions) {
      const draft = checklist ? drafts[questionKey(q)] === true : drafts[questionKey(q)];
      const result = valueOf(q, draft);
      if ("error" in result) found[questionKey(q)] = result.error;
      else answers.push({ question: q, value: result.value });
    }
    setErrors(found);
    const firstError = questions.find((q) => found[questionKey(q)] !== undefined);
    if (firstError) {
      // A choice's first option (the fieldset's inputs are `<id>-<n>`), or the field.
      (document.getElementById(`${fieldId(firstError)}-0`) ?? document.getElementById(fieldId(firstError)))?.focus();
      return;
    }
    onSubmit(answers);
  };

  const hint = hintOf(first);
  const about = questions.length === 1 && isPerson(first) ? `Question sur : ${nameOf(first.id).toLowerCase()}.` : undefined;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="question-titre" data-question={first.variable} data-step={number}>
      <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>{position}</p>
      <h2 id="question-titre" ref={heading} tabIndex={-1} className={fr.cx("fr-h4")}>
        {first.label}
      </h2>
      {about !== undefined && <p className={fr.cx("fr-text--sm")}>{about}</p>}
      {questions.length > 1 && hint !== undefined && <p className={fr.cx("fr-hint-text")}>{hint}</p>}
      {first.type === "boolean" && questions.length > 1 ? (
        <Checkbox
          id={fieldId(first)}
          legend="Cochez les personnes concernées"
          hintText="Ne cochez rien si personne n'est concerné."
          options={questions.map((q) => ({
            label: nameOf(q.id),
            nativeInputProps: {
              name: first.variable,
              checked: drafts[questionKey(q)] === true,
              onChange: (e) => set(q, e.target.checked),
              "data-instance": q.id,
            },
          }))}
        />
      ) : (
        questions.map((q) => (
          <Field
            key={questionKey(q)}
            question={q}
            draft={drafts[questionKey(q)]}
            error={errors[questionKey(q)]}
            hint={questions.length === 1 ? hint : undefined}
            onChange={(d) => set(q, d)}
          />
        ))
      )}
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left", "fr-mt-2w")}>
        <li>
          <Button type="submit" iconId="fr-icon-arrow-right-line">
            Continuer
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-arrow-left-line" onClick={onBack}>
            Question précédente
          </Button>
        </li>
      </ul>
    </form>
  );
}

type FieldProps = {
  question: Question;
  draft: Draft;
  error: string | undefined;
  hint: string | undefined;
  onChange: (draft: Draft) => void;
};

function Field({ question: q, draft, error, hint, onChange }: FieldProps) {
  const label = isPerson(q) ? nameOf(q.id) : "Votre réponse";
  const state = error !== undefined ? ("error" as const) : ("default" as const);
  const data = { "data-instance": q.id };
  if (q.type === "boolean" || q.type === "enum") {
    const options =
      q.type === "boolean"
        ? [
            { value: true, label: "Oui" },
            { value: false, label: "Non" },
          ]
        : choices(q).map((o) => ({ value: o.value, label: o.label }));
    return (
      <RadioButtons
        id={fieldId(q)}
        legend={label}
        name={fieldId(q)}
        state={state}
        stateRelatedMessage={error}
        options={options.map((o) => ({
          label: o.label,
          nativeInputProps: {
            value: String(o.value),
            checked: draft === o.value,
            onChange: () => onChange(o.value),
            ...data,
          },
        }))}
      />
    );
  }
  const numeric = q.type === "number" || q.type === "integer";
  return (
    <Input
      label={numeric && q.months ? `${label} (en euros par mois)` : label}
      hintText={hint}
      state={state}
      stateRelatedMessage={error}
      nativeInputProps={{
        id: fieldId(q),
        type: q.type === "date" ? "date" : "text",
        inputMode: q.type === "integer" ? "numeric" : numeric ? "decimal" : q.variable === "depcom" ? "numeric" : undefined,
        autoComplete: "off",
        spellCheck: false,
        value: typeof draft === "string" ? draft : "",
        onChange: (e) => onChange(e.target.value),
        ...data,
      }}
    />
  );
}
