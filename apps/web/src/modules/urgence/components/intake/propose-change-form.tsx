import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { PersonView, RecordChangeBody } from "@zero/schemas";
import { useState, type FormEvent } from "react";
import { proposeChange } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { PURPOSES } from "../shared/purposes.ts";

type Kind = "rename" | "deceased";
const KIND_LABELS: Record<Kind, string> = { rename: "Un autre nom", deceased: "Un décès" };

/**
 * For an organisation that shares the record: the name and a death are changed by the
 * organisation that registered the person, or by the SIAO coordination; here one proposes.
 */
export function ProposeChangeForm({ person }: { person: PersonView }) {
  const [kind, setKind] = useState<Kind>("rename");
  const [alias, setAlias] = useState(person.alias ?? "");
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<Kind | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const purpose = PURPOSES.recordChange;
    const body: RecordChangeBody = kind === "rename" ? { kind, alias: alias.trim() || null, reason, purpose } : { kind, reason, purpose };
    try {
      await proposeChange(person.id, body);
      setSent(kind);
      setReason("");
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Proposer une modification de la fiche">
      <p>
        Le nom et un décès sont modifiés par l'organisation qui a inscrit la personne ou par la coordination du SIAO : proposez-leur la
        modification, avec son motif.
      </p>
      {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-2w")} />}
      <RadioButtons
        legend="Vous proposez"
        name="proposal-kind"
        orientation="horizontal"
        options={(["rename", "deceased"] as const).map((code) => ({
          label: KIND_LABELS[code],
          nativeInputProps: { checked: kind === code, onChange: () => setKind(code) },
        }))}
      />
      {kind === "rename" && <Input label="Alias proposé" nativeInputProps={{ value: alias, onChange: (e) => setAlias(e.target.value) }} />}
      <Input
        label="Motif"
        hintText="Ce que vous avez constaté, sans autre nom que celui de la personne"
        nativeInputProps={{ value: reason, required: true, minLength: 3, maxLength: 500, onChange: (e) => setReason(e.target.value) }}
      />
      <Button type="submit" priority="secondary" disabled={pending || reason.trim().length < 3}>
        Envoyer la proposition
      </Button>
      <div role="status">
        {sent !== null && (
          <Alert
            severity="success"
            small
            className={fr.cx("fr-mt-2w")}
            description={`Proposition envoyée (${KIND_LABELS[sent].toLowerCase()}) : l'organisation qui a inscrit la personne décidera.`}
          />
        )}
      </div>
    </form>
  );
}
