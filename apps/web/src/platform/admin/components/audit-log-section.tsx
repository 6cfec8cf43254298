import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useMemo, useState } from "react";
import { auditExportUrl, type AuditFilters } from "../api.ts";
import { AuditFiltersForm, NO_FILTERS, type AuditFilterValues } from "./audit-filters-form.tsx";
import { AuditTable } from "./audit-table.tsx";
import { endOfDayIso, startOfDayIso } from "./format.ts";
import { useAuditLog } from "./use-audit-log.ts";

type Props = {
  organisationId: string;
  currentUserId: string;
  /** Bumped by the page after an action that the server writes to the log. */
  revision: number;
};

/** "Journal d'audit" (admins): filters, the entries page by page, the CSV export. */
export function AuditLogSection({ organisationId, currentUserId, revision }: Props) {
  const [applied, setApplied] = useState<AuditFilterValues>(NO_FILTERS);
  const [refreshes, setRefreshes] = useState(0);
  const filters = useMemo<AuditFilters>(
    () => ({
      from: startOfDayIso(applied.fromDay),
      to: endOfDayIso(applied.toDay),
      resourceType: applied.resourceType === "" ? undefined : applied.resourceType,
    }),
    [applied],
  );
  const { state, loadMore } = useAuditLog(organisationId, filters, revision + refreshes);

  return (
    <section aria-labelledby="journal-audit" className={fr.cx("fr-mt-8w")}>
      <h2 id="journal-audit">Journal d'audit</h2>
      <p>
        Chaque consultation ou modification des données de l'organisation y est inscrite : qui, quand, sur quoi, pour quel motif. Le journal
        ne peut être ni modifié ni effacé.
      </p>
      <AuditFiltersForm onApply={setApplied} />
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left", "fr-mt-2w")}>
        <li>
          <a
            className={fr.cx("fr-btn", "fr-btn--secondary", "fr-btn--icon-left", "fr-icon-download-line")}
            href={auditExportUrl(organisationId, filters)}
            download="journal-audit.csv"
          >
            Exporter en CSV
          </a>
        </li>
        <li>
          <Button priority="tertiary" iconId="fr-icon-refresh-line" onClick={() => setRefreshes((value) => value + 1)}>
            Actualiser
          </Button>
        </li>
      </ul>
      <p className={fr.cx("fr-text--sm")}>
        L'export contient toutes les entrées qui correspondent aux filtres, pas seulement celles affichées ; il est lui-même inscrit au
        journal.
      </p>
      {state.error !== null && (
        <Alert severity="error" role="alert" small description={`Impossible d'afficher le journal. ${state.error}`} />
      )}
      <p role="status" className={fr.cx("fr-text--sm", "fr-mb-1w")}>
        {state.status === "loading" ? "Chargement du journal…" : entriesCount(state.entries.length, state.nextCursor !== null)}
      </p>
      {state.entries.length > 0 && <AuditTable entries={state.entries} currentUserId={currentUserId} />}
      {state.nextCursor !== null && (
        <Button priority="secondary" onClick={loadMore} disabled={state.status !== "idle"}>
          {state.status === "loading-more" ? "Chargement…" : "Voir plus"}
        </Button>
      )}
    </section>
  );
}

function entriesCount(count: number, more: boolean): string {
  if (count === 0) return "Aucune entrée ne correspond à ces critères.";
  const shown = count === 1 ? "1 entrée affichée" : `${count} entrées affichées`;
  return more ? `${shown} ; d'autres, plus anciennes, suivent.` : `${shown}.`;
}
