import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { RecordChangeView } from "@zero/schemas";
import { useState } from "react";
import { decideRecordChange, fetchProposals } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { formatDateTime } from "../shared/dates.ts";
import { PURPOSES } from "../shared/purposes.ts";
import { useLoad } from "../../../../data/use-load.ts";
import { useUrgence } from "../shared/urgence-context.tsx";

function describe(p: RecordChangeView): string {
  if (p.kind === "deceased") return "signale un décès";
  if (p.kind === "rename") return `propose l'alias « ${String(p.changes.alias ?? "")} »`;
  return "propose un nouveau consentement";
}

/** For the owner organisation and the SIAO coordination: the partners' proposals, to accept or refuse. */
export function PendingProposals({ personId, onDecided }: { personId: string; onDecided: () => void }) {
  const { network } = useUrgence();
  const list = useLoad(() => fetchProposals(personId, PURPOSES.recordChangeReview), personId);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  if (list.state.status !== "loaded") return null;
  const open = list.state.data.proposals.filter((p) => p.status === "pending");
  if (open.length === 0) return null;
  const organisation = (orgId: string) => network.members.find((m) => m.organisationId === orgId)?.name ?? "Une organisation";

  const decide = async (proposal: RecordChangeView, accept: boolean) => {
    setPending(true);
    setError(null);
    try {
      await decideRecordChange(proposal.id, { accept, reason, purpose: PURPOSES.recordChangeReview });
      setReason("");
      list.reload();
      onDecided();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="propositions" className={fr.cx("fr-mt-3w")}>
      <h3 id="propositions" className={fr.cx("fr-h5")}>
        Modifications proposées ({open.length})
      </h3>
      {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-2w")} />}
      <Input
        label="Motif de votre décision"
        nativeInputProps={{ value: reason, maxLength: 500, onChange: (e) => setReason(e.target.value) }}
      />
      <ul>
        {open.map((p) => (
          <li key={p.id} className={fr.cx("fr-mb-2w")}>
            {organisation(p.proposedByOrganisationId)} {describe(p)} le {formatDateTime(p.proposedAt)} : « {p.reason} ».{" "}
            <Button size="small" disabled={pending || reason.trim().length < 3} onClick={() => void decide(p, true)}>
              Accepter
            </Button>{" "}
            <Button size="small" priority="secondary" disabled={pending || reason.trim().length < 3} onClick={() => void decide(p, false)}>
              Refuser
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
