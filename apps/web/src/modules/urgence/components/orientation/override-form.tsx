import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { AvailabilityView, RequestView } from "@zero/schemas";
import { useState, type FormEvent } from "react";
import { decideProposal, fetchAvailability, fetchStructures } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { todayUtc } from "../shared/dates.ts";
import { lineLabel } from "../shared/labels.ts";
import { PURPOSES } from "../shared/purposes.ts";
import { useUrgence } from "../shared/urgence-context.tsx";
import { useLoad } from "../../../../data/use-load.ts";

/** The operator's own choice of place, with a reason; the server checks fit and capacity. */
export function OverrideForm({ requestId, onDone }: { requestId: string; onDone: (request: RequestView) => void }) {
  const { network } = useUrgence();
  const today = todayUtc();
  const structures = useLoad(() => fetchStructures(network.siaoOrganisationId, today), `${network.siaoOrganisationId}:${today}`);
  const [structureId, setStructureId] = useState("");
  const [availability, setAvailability] = useState<AvailabilityView | null>(null);
  const [lineKey, setLineKey] = useState("");
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pickStructure = async (id: string) => {
    setStructureId(id);
    setLineKey("");
    setAvailability(null);
    if (id === "") return;
    try {
      setAvailability(await fetchAvailability(id, today));
    } catch (caught) {
      setError(messageOf(caught));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      onDone(
        await decideProposal(requestId, { action: "override", structureId, lineKey, reason: reason.trim(), purpose: PURPOSES.decision }),
      );
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  const open = structures.state.status === "loaded" ? structures.state.data.filter((s) => s.today.freeUnits > 0) : [];
  const lines = availability?.lines.filter((l) => l.remainingUnits > 0) ?? [];
  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Choisir une autre place" className="zero-inline-form">
      {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-1w")} />}
      <Select
        label="Structure"
        hint="Structures avec des places libres ce soir"
        nativeSelectProps={{ value: structureId, onChange: (e) => void pickStructure(e.target.value), required: true }}
      >
        <option value="">Choisir une structure</option>
        {open.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.today.freeUnits} libre{s.today.freeUnits > 1 ? "s" : ""})
          </option>
        ))}
      </Select>
      <Select
        label="Place"
        nativeSelectProps={{ value: lineKey, onChange: (e) => setLineKey(e.target.value), required: true, disabled: availability === null }}
      >
        <option value="">Choisir une place</option>
        {lines.map((l) => (
          <option key={l.lineKey} value={l.lineKey}>
            {lineLabel(l)} — {l.remainingUnits} libre{l.remainingUnits > 1 ? "s" : ""}
          </option>
        ))}
      </Select>
      <Input
        label="Raison du choix"
        nativeInputProps={{ value: reason, onChange: (e) => setReason(e.target.value), required: true, minLength: 3 }}
      />
      <Button type="submit" size="small" disabled={pending || structureId === "" || lineKey === ""}>
        Enregistrer ce choix
      </Button>
    </form>
  );
}
