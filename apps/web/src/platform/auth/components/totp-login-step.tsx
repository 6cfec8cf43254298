import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { SessionView } from "@zero/schemas";
import { useEffect, useRef, useState } from "react";
import { ApiError } from "../../../data/client.ts";
import { confirmTotpEnrolment, startTotpEnrolment, verifyTotp, type TotpEnrolment, type TotpStep } from "../api.ts";
import { messageOf } from "../../../data/error-message.ts";
import { TotpCodeForm } from "./totp-code-form.tsx";
import { TotpEnrolmentPanel } from "./totp-enrolment.tsx";

type Props = {
  step: TotpStep;
  onSession: (session: SessionView) => void;
  /** Back to the password, with why (the step expired, or too many wrong codes). */
  onRestart: (message: string) => void;
};

/** A spent or expired challenge cannot be retried: the login starts again. */
const restartCodes = new Set(["TOTP_CHALLENGE_INVALID"]);

/** The login's second step: the code of the authenticator app, or its first setting up. */
export function TotpLoginStep({ step, onSession, onRestart }: Props) {
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // One key per challenge: each request replaces the pending key, so a second one (React's
  // development mode runs effects twice) could leave on screen a key the server no longer has.
  const requested = useRef<string | null>(null);
  useEffect(() => {
    if (step.kind !== "enrol" || requested.current === step.challenge) return;
    requested.current = step.challenge;
    startTotpEnrolment(step.challenge).then(setEnrolment, (error: unknown) => setProblem(messageOf(error)));
  }, [step]);

  const guarded = async (work: () => Promise<SessionView | undefined>) => {
    try {
      const session = await work();
      if (session) onSession(session);
    } catch (error) {
      if (error instanceof ApiError && restartCodes.has(error.code)) onRestart(error.message);
      else throw error;
    }
  };

  return (
    <section aria-labelledby="totp-step">
      <h2 id="totp-step" className={fr.cx("fr-h4")}>
        Double authentification
      </h2>
      {step.kind === "code" ? (
        <>
          <p>Votre compte est protégé par une double authentification.</p>
          <TotpCodeForm
            label="Code de vérification"
            submitLabel="Valider"
            onCode={(code) => guarded(() => verifyTotp(step.challenge, code))}
          />
        </>
      ) : (
        <>
          <p>
            Votre compte donne accès à des personnes de la liste nominative : la double authentification y est obligatoire. Configurez-la
            maintenant, une fois pour toutes.
          </p>
          {problem !== null && <Alert severity="error" small description={problem} className={fr.cx("fr-mb-2w")} />}
          {enrolment !== null && (
            <TotpEnrolmentPanel enrolment={enrolment} onCode={(code) => guarded(() => confirmTotpEnrolment(code, step.challenge))} />
          )}
        </>
      )}
      <Button priority="tertiary" className={fr.cx("fr-mt-3w")} onClick={() => onRestart("")}>
        Revenir à l'identifiant et au mot de passe
      </Button>
    </section>
  );
}
