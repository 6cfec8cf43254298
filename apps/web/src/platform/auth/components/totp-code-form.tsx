import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useState, type FormEvent, type ReactNode } from "react";
import { messageOf } from "../../../data/error-message.ts";

type Props = {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  /** Sends the code; a rejection's French message is shown under the form. */
  onCode: (code: string) => Promise<void>;
  children?: ReactNode;
};

/** One 6-digit code from the authenticator app, as the browsers and password managers expect it. */
export function TotpCodeForm({ label, submitLabel, onCode, children }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem("code") as HTMLInputElement;
    const code = field.value.replace(/\s/g, "");
    setPending(true);
    setError(null);
    try {
      await onCode(code);
    } catch (caught) {
      setError(messageOf(caught));
      field.select();
    } finally {
      setPending(false);
    }
  };

  return (
    <form aria-label={label} onSubmit={(event) => void onSubmit(event)}>
      {children}
      {/* Six digits: a field as wide as a code (zero-filter: 24rem at most), not as the column. */}
      <Input
        className="zero-filter"
        label="Code de vérification"
        hintText="Les 6 chiffres affichés par votre application d'authentification"
        state={error === null ? "default" : "error"}
        stateRelatedMessage={error ?? undefined}
        nativeInputProps={{
          name: "code",
          autoComplete: "one-time-code",
          inputMode: "numeric",
          pattern: "[0-9 ]{6,7}",
          maxLength: 7,
          required: true,
          autoFocus: true,
        }}
      />
      {/* The message under the field, said again to screen readers as it appears. */}
      <p role="alert" className={fr.cx("fr-sr-only")}>
        {error}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Vérification…" : submitLabel}
      </Button>
    </form>
  );
}
