import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { RequestView, TransitionBody } from "@zero/schemas";
import { useState, type FormEvent } from "react";
import { transitionRequest } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";

type Props = { request: RequestView; who: string; purpose: string; onChanged: (request: RequestView) => void };

/** The next steps of a proposed or accepted request: accepted, refused (by whom, why), arrived. */
export function RequestActions({ request, who, purpose, onChanged }: Props) {
  const [refusing, setRefusing] = useState(false);
  const [by, setBy] = useState<NonNullable<TransitionBody["by"]>>("person");
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const move = async (body: Omit<TransitionBody, "purpose">) => {
    setPending(true);
    setError(null);
    try {
      onChanged(await transitionRequest(request.id, { ...body, purpose }));
      setRefusing(false);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };
  const refuse = (event: FormEvent) => {
    event.preventDefault();
    void move({ to: "refused", by, reason: reason.trim() });
  };

  if (request.status !== "proposed" && request.status !== "accepted") return null;
  return (
    <div className={fr.cx("fr-mt-1w")}>
      {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-1w")} />}
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline", "fr-btns-group--sm", "fr-btns-group--icon-left")}>
        {request.status === "proposed" && (
          <li>
            <Button
              size="small"
              disabled={pending}
              onClick={() => void move({ to: "accepted", by: "person" })}
              nativeButtonProps={{ "aria-label": `Acceptée par la personne — ${who}` }}
            >
              Acceptée par la personne
            </Button>
          </li>
        )}
        {request.status === "accepted" && (
          <li>
            <Button
              size="small"
              disabled={pending}
              iconId="fr-icon-check-line"
              onClick={() => void move({ to: "arrived" })}
              nativeButtonProps={{ "aria-label": `Arrivée — ${who}` }}
            >
              Arrivée
            </Button>
          </li>
        )}
        <li>
          <Button
            size="small"
            priority="secondary"
            disabled={pending}
            onClick={() => setRefusing(!refusing)}
            nativeButtonProps={{ "aria-expanded": refusing, "aria-label": `Refusée — ${who}` }}
          >
            Refusée
          </Button>
        </li>
      </ul>
      {refusing && (
        <form onSubmit={refuse} aria-label={`Refus — ${who}`} className="zero-inline-form">
          <Select label="Refusée par" nativeSelectProps={{ value: by, onChange: (e) => setBy(e.target.value as typeof by) }}>
            <option value="person">la personne</option>
            <option value="structure">la structure</option>
            <option value="operator">l'opérateur</option>
          </Select>
          <Input
            label="Raison du refus"
            nativeInputProps={{ value: reason, onChange: (e) => setReason(e.target.value), required: true, minLength: 3 }}
          />
          <Button type="submit" size="small" disabled={pending}>
            Enregistrer le refus
          </Button>
        </form>
      )}
    </div>
  );
}
