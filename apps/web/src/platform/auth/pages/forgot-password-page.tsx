import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { requestPasswordReset } from "../api.ts";
import { messageOf } from "../../../data/error-message.ts";
import { usePageTitle } from "../../../components/use-page-title.ts";

/**
 * /mot-de-passe/oublie: asks for a reset link. The API answers the same words whether the
 * address has an account or not; the page shows them as they are.
 */
export function ForgotPasswordPage() {
  usePageTitle("Mot de passe oublié");
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setSubmitting(true);
    setError(null);
    try {
      setSent((await requestPasswordReset(email)).message);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className={fr.cx("fr-container", "fr-mb-6w")}>
      <Breadcrumb
        currentPageLabel="Mot de passe oublié"
        homeLinkProps={{ to: "/" }}
        segments={[{ label: "Connexion", linkProps: { to: "/connexion" } }]}
      />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--center")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-6")}>
          <h1>Mot de passe oublié</h1>
          {sent !== null ? (
            <>
              <Alert severity="success" as="h2" title="Demande enregistrée" description={sent} role="status" />
              <p className={fr.cx("fr-mt-3w")}>
                Rien reçu ? Vérifiez vos courriers indésirables et l'adresse saisie, ou demandez à l'administrateur·rice de votre
                organisation.
              </p>
              <p>
                <Link to="/connexion" className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")}>
                  Retour à la connexion
                </Link>
              </p>
            </>
          ) : (
            <>
              <p>
                Saisissez l'adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe. Le lien est
                valable 30 minutes et ne sert qu'une fois.
              </p>
              {error !== null && (
                <Alert severity="error" as="h2" title="Demande impossible" description={error} className={fr.cx("fr-mb-3w")} />
              )}
              <form onSubmit={(event) => void onSubmit(event)}>
                <fieldset className={fr.cx("fr-fieldset")}>
                  <legend className={fr.cx("fr-fieldset__legend")}>Votre compte</legend>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <Input
                      label="Adresse électronique"
                      hintText="Format attendu : nom@domaine.fr"
                      nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true }}
                    />
                  </div>
                  <div className={fr.cx("fr-fieldset__element")}>
                    <Button type="submit" disabled={submitting}>
                      {submitting ? "Envoi en cours…" : "Recevoir un lien"}
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
