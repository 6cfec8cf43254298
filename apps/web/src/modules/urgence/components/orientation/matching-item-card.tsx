import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { MatchingResult, RequestView } from "@zero/schemas";
import { useState } from "react";
import { decideProposal } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { lineLabel, requestStatusLabel } from "../shared/labels.ts";
import { PersonName } from "../shared/person-name.tsx";
import { PURPOSES } from "../shared/purposes.ts";
import { RequestActions } from "../shared/request-actions.tsx";
import { OverrideForm } from "./override-form.tsx";

type Item = MatchingResult["items"][number];

/** One request: who, the proposal (or none) and why; confirm, override, then follow it. */
export function MatchingItemCard({ item, dryRun }: { item: Item; dryRun: boolean }) {
  const [request, setRequest] = useState<RequestView | null>(null);
  const [overriding, setOverriding] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = `demande-${item.requestId}`;
  const confirmed = request?.proposal?.confirmedAt != null;

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      setRequest(await decideProposal(item.requestId, { action: "confirm", purpose: PURPOSES.decision }));
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <li className={`zero-panel ${fr.cx("fr-mb-2w")}`}>
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className={fr.cx("fr-h6", "fr-mb-1w")}>
          <PersonName personId={item.personId} purpose={PURPOSES.orientationRead} />{" "}
          {item.proposal !== null ? (
            <Badge severity="success" small noIcon>
              Proposition
            </Badge>
          ) : (
            <Badge severity="warning" small noIcon>
              Sans solution ce soir
            </Badge>
          )}
        </h3>
        {item.proposal !== null && (
          <p className={fr.cx("fr-mb-1w")}>
            <strong>{item.proposal.structureName}</strong> —{" "}
            {lineLabel({
              public: item.proposal.public,
              unitCapacity: item.proposal.unitCapacity,
              features: item.proposal.lineKey.split(":")[2]?.split("+").filter(Boolean) ?? [],
            })}
          </p>
        )}
        <p className={`zero-reason ${fr.cx("fr-mb-1w")}`}>{item.reason}</p>
        {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-1w")} />}
        {request !== null && (
          <p role="status" className={fr.cx("fr-text--sm", "fr-mb-1w")}>
            État de la demande : <strong>{requestStatusLabel(request.status)}</strong>
            {confirmed && request.status === "proposed" && " (proposition confirmée)"}
            {request.proposal?.reason && request.proposal.reason !== item.reason ? ` — ${request.proposal.reason}` : ""}
          </p>
        )}
        {!dryRun &&
          (request === null || request.status === "proposed" || request.status === "open" || request.status === "refused") &&
          !confirmed && (
            <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline", "fr-btns-group--sm", "fr-btns-group--icon-left")}>
              {item.proposal !== null && (request === null || request.status === "proposed") && (
                <li>
                  <Button size="small" disabled={pending} onClick={() => void confirm()} iconId="fr-icon-check-line">
                    Confirmer
                  </Button>
                </li>
              )}
              <li>
                <Button
                  size="small"
                  priority="secondary"
                  onClick={() => setOverriding(!overriding)}
                  nativeButtonProps={{ "aria-expanded": overriding }}
                >
                  {item.proposal !== null ? "Modifier" : "Choisir une place"}
                </Button>
              </li>
            </ul>
          )}
        {overriding && (
          <OverrideForm
            requestId={item.requestId}
            onDone={(next) => {
              setRequest(next);
              setOverriding(false);
            }}
          />
        )}
        {request !== null && confirmed && (
          <RequestActions
            request={request}
            who={item.proposal?.structureName ?? "demande"}
            purpose={PURPOSES.decision}
            onChanged={setRequest}
          />
        )}
      </section>
    </li>
  );
}
