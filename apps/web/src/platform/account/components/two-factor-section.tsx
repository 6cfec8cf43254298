import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useId, useState } from "react";
import { confirmTotpEnrolment, disableTotp, fetchTotpStatus, startTotpEnrolment, type TotpEnrolment } from "../../auth/api.ts";
import { messageOf } from "../../../data/error-message.ts";
import { useLoad } from "../../../data/use-load.ts";
import { TotpCodeForm } from "../../auth/components/totp-code-form.tsx";
import { TotpEnrolmentPanel } from "../../auth/components/totp-enrolment.tsx";

/** « Double authentification »: its state, turning it on with a first code, off with a current one. */
export function TwoFactorSection() {
  const titleId = useId();
  const loaded = useLoad(fetchTotpStatus, "totp-status");
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [disabling, setDisabling] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const status = loaded.data ?? null;
  const problem = failure ?? (loaded.state.status === "failed" ? loaded.state.message : null);

  const begin = async () => {
    setFailure(null);
    setNotice(null);
    try {
      setEnrolment(await startTotpEnrolment());
    } catch (error) {
      setFailure(messageOf(error));
    }
  };
  const confirm = async (code: string) => {
    await confirmTotpEnrolment(code);
    setEnrolment(null);
    // The new state first, then the notice: when the notice shows, the state above it is current.
    await loaded.reload();
    setNotice("La double authentification est activée : un code vous sera demandé à chaque connexion.");
  };
  const disable = async (code: string) => {
    await disableTotp(code);
    setDisabling(false);
    await loaded.reload();
    setNotice("La double authentification est désactivée.");
  };

  return (
    <section aria-labelledby={titleId} className={fr.cx("fr-mt-6w")}>
      <h2 id={titleId}>Double authentification</h2>
      <p>
        En plus du mot de passe, un code à 6 chiffres affiché par une application de votre téléphone. Elle est obligatoire quand le compte
        donne accès à des personnes de la liste nominative et que la plateforme l'exige.
      </p>
      {problem !== null && <Alert severity="error" small description={problem} className={fr.cx("fr-mb-3w")} />}
      {notice !== null && <Alert severity="success" small role="status" description={notice} className={fr.cx("fr-mb-3w")} />}
      {status === null ? (
        problem === null && <p>Chargement…</p>
      ) : (
        <>
          <p data-testid="totp-state">
            <strong>{status.enrolled ? "Activée" : "Non activée"}</strong>
            {status.required && " — exigée pour ce compte"}
          </p>
          {!status.enrolled && enrolment === null && <Button onClick={() => void begin()}>Activer la double authentification</Button>}
          {enrolment !== null && <TotpEnrolmentPanel enrolment={enrolment} onCode={confirm} />}
          {/* The server refuses it then (TOTP_REQUIRED_BY_POLICY): say so rather than ask a code for nothing. */}
          {status.enrolled && status.required && <p>Votre rôle l'exige : elle ne peut pas être désactivée.</p>}
          {status.enrolled && !status.required && !disabling && (
            <Button priority="secondary" onClick={() => setDisabling(true)}>
              Désactiver
            </Button>
          )}
          {status.enrolled && !status.required && disabling && (
            <TotpCodeForm label="Désactiver la double authentification" submitLabel="Désactiver" onCode={disable}>
              <p>Pour la désactiver, saisissez un code en cours de votre application.</p>
            </TotpCodeForm>
          )}
        </>
      )}
    </section>
  );
}
