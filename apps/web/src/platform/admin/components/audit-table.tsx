import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { AuditEntryView } from "@zero/schemas";
import { actionLabel, outcomeLabel, resourceTypeLabel } from "./audit-labels.ts";
import { formatDateTime, shortId } from "./format.ts";

const HEADERS = ["Date et heure", "Action", "Type de ressource", "Identifiant", "Acteur", "Motif", "Résultat"];

export function AuditTable({ entries, currentUserId }: { entries: AuditEntryView[]; currentUserId: string }) {
  return (
    <Table
      caption="Entrées du journal d'audit, les plus récentes d'abord"
      noCaption
      bordered
      headers={HEADERS}
      className="zero-table-full-width"
      data={entries.map((entry) => [
        <time key="at" dateTime={entry.at}>
          {formatDateTime(entry.at)}
        </time>,
        actionLabel(entry.action),
        resourceTypeLabel(entry.resourceType),
        <ShortId key="resource" id={entry.resourceId} />,
        <span key="actor">
          <ShortId id={entry.actorUserId} />
          {entry.actorUserId !== null && entry.actorUserId === currentUserId && " (vous)"}
        </span>,
        entry.purpose,
        <OutcomeBadge key="outcome" outcome={entry.outcome} />,
      ])}
    />
  );
}

/** The start of an id on screen, the whole id in the title (and in the CSV export). */
function ShortId({ id }: { id: string | null }) {
  if (id === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="fr-sr-only">aucun</span>
      </>
    );
  }
  return (
    <code title={id} className="zero-short-id">
      {shortId(id)}
    </code>
  );
}

function OutcomeBadge({ outcome }: { outcome: string }) {
  const { label, severity } = outcomeLabel(outcome);
  return (
    <Badge as="span" small noIcon {...(severity === undefined ? {} : { severity })}>
      {label}
    </Badge>
  );
}
