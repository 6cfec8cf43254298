import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { confirmPasswordReset } from "../api.ts";
import { ApiError } from "../../../data/client.ts";
import { PASSWORD_HINT, passwordProblems } from "../components/password-errors.ts";
import { usePageTitle } from "../../../components/use-page-title.ts";

/** The token of the link, from the fragment (#jeton=…), which the browser never sends to a server. */
function tokenFromLocation(): string | null {
  const match = /(?:^#|&)jeton=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  return match?.[1] ?? null;
}

/** /mot-de-passe/nouveau#jeton=…: the page the reset link opens. */
export function ResetPasswordPage() {
  usePageTitle("Choisir un nouveau mot de passe");
  // Read once, then taken out of the address bar and the history.
  const [token] = useState(() => {
    const found = tokenFromLocation();
    if (found !== null) window.history.replaceState(window.history.state, "", window.location.pathname);
    return found;
  });
  const [problems, setProblems] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [linkDead, setLinkDead] = useState(token === null);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    setFailure(null);
    if (password !== String(form.get("confirmation") ?? "")) {
      setProblems(["Les deux saisies ne sont pas identiques."]);
      return;
    }
    setSubmitting(true);
    try {
      await confirmPasswordReset(token ?? "", password);
      setDone(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === "RESET_LINK_INVALID") {
        setLinkDead(true);
      } else {
        const next = passwordProblems(error);
        setProblems(next.field);
        setFailure(next.general);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className={fr.cx("fr-container", "fr-my-6w")}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--center")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-6")}>
          <h1>Choisir un nouveau mot de passe</h1>
          {done ? (
            <>
              <Alert
                severity="success"
                as="h2"
                role="status"
                title="Mot de passe changé"
                description="Toutes vos sessions ouvertes ont été fermées : connectez-vous avec le nouveau."
              />
              <p className={fr.cx("fr-mt-3w")}>
                <Link to="/connexion" className={fr.cx("fr-btn")}>
                  Se connecter
                </Link>
              </p>
            </>
          ) : linkDead ? (
            <>
              <Alert
                severity="error"
                as="h2"
                title="Lien non valable"
                description="Ce lien a déjà servi, a expiré (30 minutes) ou est incomplet. Demandez-en un nouveau."
              />
              <p className={fr.cx("fr-mt-3w")}>
                <Link to="/mot-de-passe/oublie" className={fr.cx("fr-btn")}>
                  Demander un nouveau lien
                </Link>
              </p>
            </>
          ) : (
            <>
              {failure !== null && (
                <Alert severity="error" as="h2" title="Changement impossible" description={failure} className={fr.cx("fr-mb-3w")} />
              )}
              <form onSubmit={(event) => void onSubmit(event)}>
                <fieldset className={fr.cx("fr-fieldset")}>
                  <legend className={fr.cx("fr-fieldset__legend")}>Votre nouveau mot de passe</legend>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <PasswordInput
                      label="Nouveau mot de passe"
                      hintText={PASSWORD_HINT}
                      messagesHint=""
                      messages={problems.map((message) => ({ severity: "error" as const, message }))}
                      nativeInputProps={{
                        name: "password",
                        autoComplete: "new-password",
                        required: true,
                        minLength: 12,
                        "aria-invalid": problems.length > 0 || undefined,
                      }}
                    />
                  </div>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <PasswordInput
                      label="Confirmer le nouveau mot de passe"
                      messagesHint=""
                      nativeInputProps={{ name: "confirmation", autoComplete: "new-password", required: true }}
                    />
                  </div>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <Button type="submit" disabled={submitting}>
                      {submitting ? "Enregistrement…" : "Enregistrer le mot de passe"}
                    </Button>
                  </div>
                </fieldset>
              </form>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
