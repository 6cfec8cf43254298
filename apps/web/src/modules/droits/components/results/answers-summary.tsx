import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Question } from "../../api.ts";
import { dayName, euros } from "../shared/format.ts";
import { nameOf, personIds, type Answer, type AnswerValue, type Household } from "../shared/household.ts";

type Props = { household: Household; steps: Answer[][]; onEditHousehold: () => void; onEditStep: (index: number) => void };

function shown(q: Question, value: AnswerValue): string {
  if (typeof value === "boolean") return value ? "Oui" : "Non";
  if (q.type === "enum") return q.options?.find((o) => o.value === value)?.label ?? String(value);
  if (q.type === "date" && typeof value === "string") return dayName(value);
  if (q.type === "number" && typeof value === "number" && q.months) return `${euros(value)} par mois`;
  return typeof value === "number" ? value.toLocaleString("fr-FR") : value;
}

/** The answers given, each with a way back to change it; printed with the results for the counter. */
export function AnswersSummary({ household, steps, onEditHousehold, onEditStep }: Props) {
  const ids = personIds(household);
  return (
    <section aria-labelledby="vos-reponses" className={fr.cx("fr-mt-6w")}>
      <h2 id="vos-reponses" className={fr.cx("fr-h4")}>
        Vos réponses
      </h2>
      <ol className="zero-droits-answers">
        <li>
          <p className={fr.cx("fr-mb-1v")}>
            <strong>Votre foyer :</strong> {household.couple ? "en couple" : "seul·e"},{" "}
            {household.children === 0 ? "sans enfant" : household.children === 1 ? "1 enfant" : `${household.children} enfants`}. Né·e le :{" "}
            {ids.map((id, i) => `${nameOf(id).toLowerCase()} ${dayName(household.birthDates[i] ?? "")}`).join(" ; ")}.
          </p>
          <Button type="button" size="small" priority="tertiary" className="zero-no-print" onClick={onEditHousehold}>
            Modifier le foyer
          </Button>
        </li>
        {steps.map((answers, index) => {
          const q = answers[0]?.question;
          if (!q) return null;
          return (
            <li key={`${q.variable}-${index}`}>
              <p className={fr.cx("fr-mb-1v")}>
                <strong>{q.label}</strong>{" "}
                {answers
                  .map(
                    (a) =>
                      `${answers.length > 1 || a.question.entity === "individus" ? `${nameOf(a.question.id)} : ` : ""}${shown(a.question, a.value)}`,
                  )
                  .join(" ; ")}
              </p>
              <Button type="button" size="small" priority="tertiary" className="zero-no-print" onClick={() => onEditStep(index)}>
                Modifier<span className={fr.cx("fr-sr-only")}> la réponse à « {q.label} »</span>
              </Button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
