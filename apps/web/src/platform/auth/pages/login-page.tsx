import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { useEffect, useState, type FormEvent } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { fetchAuthMethods, fetchErrorMessage, proconnectLoginUrl, totpStepOf, type TotpStep } from "../api.ts";
import { ProConnectSection } from "../components/proconnect-section.tsx";
import { messageOf } from "../../../data/error-message.ts";
import { useLoad } from "../../../data/use-load.ts";
import { useSession } from "../session-context.tsx";
import { TotpLoginStep } from "../components/totp-login-step.tsx";
import { Loading } from "../../../components/loading.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";

export function LoginPage() {
  usePageTitle("Connexion");
  const { state, signIn, adoptSession } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const redirectTo = redirectTarget(location.state);
  const returnedError = new URLSearchParams(location.search).get("erreur");
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [totpStep, setTotpStep] = useState<TotpStep | null>(null);
  const methods = useLoad(fetchAuthMethods, "auth-methods");
  const proconnect = methods.state.status === "loaded" && methods.state.data.proconnect;

  // Back from ProConnect with a refusal: its code is in the address, its words in the catalogue.
  useEffect(() => {
    if (returnedError !== null) void fetchErrorMessage(returnedError).then(setError);
  }, [returnedError]);

  if (state.status === "loading") return <Loading />;
  if (state.status === "authenticated" && !submitting) return <Navigate to={redirectTo} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    setError(null);
    try {
      await signIn(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
      navigate(redirectTo, { replace: true });
    } catch (caught) {
      // The password was right and the account has a second factor: its step, not an error.
      const step = totpStepOf(caught);
      if (step) setTotpStep(step);
      else setError(messageOf(caught));
      setSubmitting(false);
    }
  };

  return (
    <div className={fr.cx("fr-container", "fr-my-6w")}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--center")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-6")}>
          <h1>Connexion à Lab Zéro</h1>
          <p>Connectez-vous avec le compte que votre organisation vous a ouvert.</p>
          {error !== null && error !== "" && (
            <Alert
              severity="error"
              as="h2"
              title="Connexion impossible"
              description={
                returnedError === "PROCONNECT_ACR_INSUFFICIENT" ? (
                  <>
                    {error} <a href={proconnectLoginUrl(redirectTo, true)}>Se reconnecter avec ProConnect en double authentification</a>
                  </>
                ) : (
                  error
                )
              }
              className={fr.cx("fr-mb-3w")}
            />
          )}
          {totpStep !== null ? (
            <TotpLoginStep
              step={totpStep}
              onSession={adoptSession}
              onRestart={(message) => {
                setTotpStep(null);
                setError(message);
              }}
            />
          ) : (
            <>
              {proconnect && <ProConnectSection returnTo={redirectTo} />}
              <form onSubmit={(event) => void onSubmit(event)} noValidate={false}>
                <fieldset className={fr.cx("fr-fieldset")}>
                  <legend className={fr.cx("fr-fieldset__legend")}>Vos identifiants</legend>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <Input
                      label="Adresse électronique"
                      hintText="Format attendu : nom@domaine.fr"
                      nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true }}
                    />
                  </div>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <PasswordInput
                      label="Mot de passe"
                      messagesHint=""
                      nativeInputProps={{ name: "password", autoComplete: "current-password", required: true }}
                    />
                  </div>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <Link to="/mot-de-passe/oublie" className={fr.cx("fr-link")}>
                      Mot de passe oublié ?
                    </Link>
                  </div>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <Button type="submit" disabled={submitting}>
                      {submitting ? "Connexion en cours…" : "Se connecter"}
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

/** Where to go after login: back to the protected page that sent us here, else home. */
function redirectTarget(locationState: unknown): string {
  if (typeof locationState === "object" && locationState !== null && "from" in locationState) {
    const from = (locationState as { from: unknown }).from;
    if (typeof from === "string" && from.startsWith("/") && !from.startsWith("//")) return from;
  }
  return "/";
}
