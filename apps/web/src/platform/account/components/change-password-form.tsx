import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { useId, useState, type FormEvent } from "react";
import { changePassword } from "../api.ts";
import { ApiError } from "../../../data/client.ts";
import { PASSWORD_HINT, passwordProblems } from "../../auth/components/password-errors.ts";

type Field = "currentPassword" | "newPassword" | "confirmation";

/** « Changer de mot de passe »: the current one is asked; the other sessions are closed. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const titleId = useId();
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    setFailure(null);
    setSuccess(null);
    if (newPassword !== String(form.get("confirmation") ?? "")) {
      setErrors({ confirmation: ["Les deux saisies ne sont pas identiques."] });
      return;
    }
    setSubmitting(true);
    try {
      const { revokedSessions } = await changePassword({ currentPassword, newPassword });
      formElement.reset();
      setErrors({});
      setSuccess(
        revokedSessions === 0
          ? "Votre mot de passe a été changé."
          : `Votre mot de passe a été changé. ${revokedSessions} autre${revokedSessions > 1 ? "s" : ""} session${
              revokedSessions > 1 ? "s ont été fermées" : " a été fermée"
            }.`,
      );
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === "CURRENT_PASSWORD_INCORRECT") {
        setErrors({ currentPassword: [error.message] });
      } else if (error instanceof ApiError && error.code === "PASSWORD_UNCHANGED") {
        setErrors({ newPassword: [error.message] });
      } else {
        const next = passwordProblems(error);
        setErrors(next.field.length > 0 ? { newPassword: next.field } : {});
        setFailure(next.general);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const messages = (field: Field) => (errors[field] ?? []).map((message) => ({ severity: "error" as const, message }));
  const invalid = (field: Field) => (errors[field]?.length ?? 0) > 0 || undefined;

  return (
    <section aria-labelledby={titleId} className={fr.cx("fr-mt-6w")}>
      <h2 id={titleId}>Changer de mot de passe</h2>
      <p>Vos autres sessions ouvertes (autres appareils ou navigateurs) seront fermées.</p>
      {success !== null && <Alert severity="success" small role="status" description={success} className={fr.cx("fr-mb-3w")} />}
      {failure !== null && <Alert severity="error" small description={failure} className={fr.cx("fr-mb-3w")} />}
      <form onSubmit={(event) => void onSubmit(event)}>
        <fieldset className={fr.cx("fr-fieldset")}>
          <legend className={fr.cx("fr-fieldset__legend", "fr-sr-only")}>Changer de mot de passe</legend>
          <div className={fr.cx("fr-fieldset__element")}>
            <PasswordInput
              label="Mot de passe actuel"
              messagesHint=""
              messages={messages("currentPassword")}
              nativeInputProps={{
                name: "currentPassword",
                autoComplete: "current-password",
                required: true,
                "aria-invalid": invalid("currentPassword"),
              }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <PasswordInput
              label="Nouveau mot de passe"
              hintText={PASSWORD_HINT}
              messagesHint=""
              messages={messages("newPassword")}
              nativeInputProps={{
                name: "newPassword",
                autoComplete: "new-password",
                required: true,
                minLength: 12,
                "aria-invalid": invalid("newPassword"),
              }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <PasswordInput
              label="Confirmer le nouveau mot de passe"
              messagesHint=""
              messages={messages("confirmation")}
              nativeInputProps={{
                name: "confirmation",
                autoComplete: "new-password",
                required: true,
                "aria-invalid": invalid("confirmation"),
              }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <Button type="submit" iconId="fr-icon-lock-line" disabled={submitting}>
              {submitting ? "Enregistrement…" : "Changer le mot de passe"}
            </Button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
