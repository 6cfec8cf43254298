import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Timeline } from "@zero/schemas";
import { formatDateTime } from "../shared/dates.ts";
import type { LoadState } from "../../../../data/use-load.ts";

const TYPE_LABELS: Record<string, string> = {
  encounter: "Rencontre",
  request: "Demande",
  status: "Statut",
  consent: "Consentement",
  unmet_night: "Nuit sans solution",
};

/** The person's timeline, newest first. */
export function TimelineList({ state }: { state: LoadState<Timeline> }) {
  return (
    <section aria-labelledby="parcours" className={fr.cx("fr-mt-3w")}>
      <h3 id="parcours" className={fr.cx("fr-h5")}>
        Parcours
      </h3>
      {state.status === "loading" && <p>Chargement du parcours…</p>}
      {state.status === "failed" && <Alert severity="error" small description={`Impossible d'afficher le parcours. ${state.message}`} />}
      {state.status === "loaded" && (
        <ol className="zero-timeline" aria-label="Parcours, le plus récent d'abord">
          {[...state.data.items].reverse().map((item, index) => (
            <li key={`${item.id}-${item.type}-${index}`}>
              <span className={fr.cx("fr-text--sm", "fr-mb-0")}>
                {formatDateTime(item.at)} · {TYPE_LABELS[item.type] ?? item.type}
              </span>
              <br />
              {item.summary}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
