import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { Stepper } from "@codegouvfr/react-dsfr/Stepper";
import { useEffect, useMemo, useState } from "react";
import { Loading } from "../../../components/loading.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { messageOf } from "../../../data/error-message.ts";
import { fetchNext, type NextAnswer, type Question } from "../api.ts";
import { HouseholdForm } from "../components/household/household-form.tsx";
import { QuestionStep } from "../components/questions/question-step.tsx";
import { AnswersSummary } from "../components/results/answers-summary.tsx";
import { ResultsView } from "../components/results/results-view.tsx";
import { EMPTY_FLOW, loadFlow, replaceStep, saveFlow, withHousehold, type Flow } from "../components/shared/flow.ts";
import { currentMonth, questionKey, situationWith, type Answer } from "../components/shared/household.ts";
import "../droits.css";

type Next = { key: string; answer: NextAnswer } | { key: string; error: string };

/** The questions of the first input still asked, for every instance it concerns. */
function firstGroup(questions: Question[]): Question[] {
  const first = questions[0];
  return first ? questions.filter((q) => q.variable === first.variable && q.entity === first.entity) : [];
}

const remaining = (questions: Question[]) => new Set(questions.map((q) => `${q.entity}/${q.variable}`)).size;

/**
 * « Mes droits », public: the household, then only the questions the engine still needs
 * (POST /api/droits/next), then every benefit with its amount, why, and how to apply. The
 * answers stay in this tab (sessionStorage); only the computation requests leave the browser.
 */
export function MesDroitsPage() {
  usePageTitle("Mes droits");
  const [period] = useState(() => currentMonth());
  const [flow, setFlow] = useState<Flow>(() => loadFlow());
  /** A step being answered again, or the household (-1); null to go on with the next question. */
  const [editing, setEditing] = useState<number | null>(null);
  const [next, setNext] = useState<Next | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => saveFlow(flow), [flow]);

  const situation = useMemo(() => (flow.household ? situationWith(flow.household, flow.steps.flat()) : null), [flow]);
  const key = situation ? JSON.stringify(situation) : "";

  useEffect(() => {
    if (situation === null) return;
    let cancelled = false;
    fetchNext(period, situation).then(
      (answer) => !cancelled && setNext({ key, answer }),
      (error: unknown) => !cancelled && setNext({ key, error: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
    // The situation is read through its key (a new object with the same answers asks nothing new).
  }, [key, period, attempt]);

  const answerStep = (answers: Answer[]) => {
    const index = editing ?? flow.steps.length;
    setFlow((f) => replaceStep(f, index, answers));
    setEditing(null);
    window.scrollTo(0, 0);
  };

  const back = () => {
    const current = editing ?? flow.steps.length;
    setEditing(current === 0 ? -1 : current - 1);
    window.scrollTo(0, 0);
  };

  const restart = () => {
    setFlow(EMPTY_FLOW);
    setNext(null);
    setEditing(null);
    window.scrollTo(0, 0);
  };

  let step: 1 | 2 | 3 = 1;
  let content;
  if (flow.household === null || editing === -1) {
    content = (
      <HouseholdForm
        initial={flow.household}
        onSubmit={(household) => {
          setFlow((f) => (JSON.stringify(f.household) === JSON.stringify(household) ? f : withHousehold(f, household)));
          setEditing(null);
          window.scrollTo(0, 0);
        }}
      />
    );
  } else if (editing !== null && flow.steps[editing]) {
    step = 2;
    const answers = flow.steps[editing]!;
    content = (
      <QuestionStep
        key={`edit-${editing}`}
        questions={answers.map((a) => a.question)}
        initial={Object.fromEntries(answers.map((a) => [questionKey(a.question), a.value]))}
        position={`Vous modifiez la question ${editing + 1}.`}
        number={editing + 1}
        onSubmit={answerStep}
        onBack={back}
      />
    );
  } else if (next === null || next.key !== key) {
    step = flow.steps.length === 0 ? 1 : 2;
    content = <Loading />;
  } else if ("error" in next) {
    step = 2;
    content = (
      <Alert
        severity="error"
        title="Le calcul n'a pas pu être fait"
        description={
          <>
            {next.error}{" "}
            <Button type="button" size="small" priority="secondary" onClick={() => setAttempt((n) => n + 1)}>
              Réessayer
            </Button>
          </>
        }
      />
    );
  } else if (next.answer.questions.length > 0) {
    step = 2;
    const group = firstGroup(next.answer.questions);
    const number = flow.steps.length + 1;
    const after = remaining(next.answer.questions) - 1;
    content = (
      <QuestionStep
        key={`${number}-${questionKey(group[0]!)}`}
        questions={group}
        initial={flow.remembered}
        number={number}
        position={`Question ${number}${after > 0 ? ` — encore ${after} au plus après celle-ci` : " — la dernière, sauf si votre réponse en appelle une autre"}.`}
        onSubmit={answerStep}
        onBack={back}
      />
    );
  } else {
    step = 3;
    content = (
      <>
        <ResultsView period={period} situation={situation!} results={next.answer.results} onRestart={restart} />
        <AnswersSummary
          household={flow.household}
          steps={flow.steps}
          onEditHousehold={() => setEditing(-1)}
          onEditStep={(index) => {
            setEditing(index);
            window.scrollTo(0, 0);
          }}
        />
      </>
    );
  }

  const titles = ["Votre foyer", "Votre situation et vos ressources", "Vos droits"] as const;

  return (
    <div className={fr.cx("fr-container", "fr-mb-6w")}>
      <Breadcrumb currentPageLabel="Mes droits" homeLinkProps={{ to: "/" }} segments={[]} className="zero-no-print" />
      <div className={fr.cx("fr-grid-row")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-10", "fr-col-lg-8")}>
          <h1>Mes droits</h1>
          {step === 1 && (
            <p className={`${fr.cx("fr-text--lead")} zero-no-print`}>
              Quelques questions sur votre foyer, puis seulement celles dont le calcul a besoin : vous saurez à quelles aides vous avez
              probablement droit, pourquoi, et où les demander.
            </p>
          )}
          <Notice
            className={`${fr.cx("fr-mb-4w")} zero-no-print`}
            title="Sans compte et sans enregistrement : vos réponses restent dans cet onglet de votre navigateur et sont effacées quand vous le fermez. Elles ne sont envoyées que pour faire le calcul, qui n'est pas conservé."
          />
          <Stepper
            className="zero-no-print"
            currentStep={step}
            stepCount={3}
            title={titles[step - 1]}
            nextTitle={step === 1 ? titles[1] : step === 2 ? titles[2] : undefined}
          />
          {content}
        </div>
      </div>
    </div>
  );
}
