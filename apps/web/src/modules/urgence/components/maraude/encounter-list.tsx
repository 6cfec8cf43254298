import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { EncounterView } from "@zero/schemas";
import { formatDateTime } from "../shared/dates.ts";
import { codeLabel, livingSituationLabel } from "../shared/labels.ts";
import type { LoadState } from "../../../../data/use-load.ts";

/** The team's recent encounters, newest first (no names: the list is about the rounds). */
export function EncounterList({ state }: { state: LoadState<EncounterView[]> }) {
  if (state.status === "loading") return <p>Chargement des rencontres…</p>;
  if (state.status === "failed")
    return <Alert severity="error" small description={`Impossible d'afficher les rencontres. ${state.message}`} />;
  const encounters = [...state.data].sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1));
  if (encounters.length === 0) return <p>Aucune rencontre enregistrée ces derniers jours.</p>;
  return (
    <ul className={fr.cx("fr-raw-list")} aria-label="Rencontres récentes, la plus récente d'abord">
      {encounters.slice(0, 30).map((e) => (
        <li key={e.id} className="zero-encounter">
          <strong>{formatDateTime(e.occurredAt)}</strong> —{" "}
          {e.address ?? e.sector ?? (e.latitude !== null ? "position GPS" : "lieu non précisé")}
          {e.address && e.sector ? ` (${e.sector})` : ""}
          <br />
          <span className={fr.cx("fr-text--sm")}>
            {livingSituationLabel(e.livingSituation)}
            {e.needsExpressed.length > 0 && ` · besoins : ${e.needsExpressed.map(codeLabel).join(", ")}`}
            {e.servicesGiven.length > 0 && ` · services : ${e.servicesGiven.map(codeLabel).join(", ")}`}
            {e.personId === null && " · anonyme"}
          </span>
        </li>
      ))}
    </ul>
  );
}
