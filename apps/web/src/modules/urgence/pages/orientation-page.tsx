import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { MatchingResult } from "@zero/schemas";
import { useState } from "react";
import { runMatching } from "../api.ts";
import { messageOf } from "../../../data/error-message.ts";
import { formatDay } from "../components/shared/dates.ts";
import { PURPOSES } from "../components/shared/purposes.ts";
import { useUrgence } from "../components/shared/urgence-context.tsx";
import { MatchingItemCard } from "../components/orientation/matching-item-card.tsx";

type Filter = "all" | "proposed" | "none";

/** Orientation: tonight's proposals for every open request, each with its reason. */
export function OrientationPage() {
  const { network } = useUrgence();
  const [result, setResult] = useState<MatchingResult | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>("all");

  const run = async (dryRun: boolean) => {
    setPending(true);
    setError(null);
    try {
      setResult(await runMatching(network.siaoOrganisationId, dryRun, PURPOSES.matching));
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  const items = (result?.items ?? []).filter((item) =>
    filter === "all" ? true : filter === "proposed" ? item.proposal !== null : item.proposal === null,
  );

  return (
    <>
      <h1>Orientation</h1>
      <p>
        L'orientation examine les demandes en attente du réseau {network.name} et les places libres déclarées pour ce soir : chaque demande
        reçoit une proposition qui respecte toutes ses contraintes (public, taille du foyer, animaux, mobilité), dans l'ordre de la priorité
        locale, ou la raison de l'absence de proposition. Vous confirmez ou modifiez ensuite chaque proposition.
      </p>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left")}>
        <li>
          <Button iconId="fr-icon-play-line" disabled={pending} onClick={() => void run(false)}>
            Lancer l'orientation de ce soir
          </Button>
        </li>
        <li>
          <Button priority="secondary" disabled={pending} onClick={() => void run(true)}>
            Simuler sans enregistrer
          </Button>
        </li>
      </ul>
      {error !== null && <Alert severity="error" small role="alert" description={error} />}
      <div role="status" aria-live="polite">
        {pending && <p>Orientation en cours…</p>}
        {result !== null && !pending && (
          <Alert
            severity="info"
            small
            description={
              `${result.dryRun ? "Simulation" : "Orientation enregistrée"} pour la nuit du ` +
              `${formatDay(result.date)} : ${result.stats.requests} demande(s) examinée(s), ${result.stats.proposed} ` +
              `proposition(s), ${result.stats.unmet} sans solution ; ${result.stats.freeUnits} ` +
              `unité(s) libre(s) déclarée(s). Calcul en ${Math.round(result.stats.elapsedMs)} ms.`
            }
          />
        )}
      </div>
      {result !== null && (
        <section aria-labelledby="propositions" className={fr.cx("fr-mt-3w")}>
          <h2 id="propositions" className={fr.cx("fr-h4")}>
            Demandes et propositions
          </h2>
          <Select
            label="Afficher"
            className="zero-filter"
            nativeSelectProps={{ value: filter, onChange: (e) => setFilter(e.target.value as Filter) }}
          >
            <option value="all">Toutes les demandes ({result.items.length})</option>
            <option value="proposed">Avec une proposition ({result.items.filter((i) => i.proposal !== null).length})</option>
            <option value="none">Sans proposition ({result.items.filter((i) => i.proposal === null).length})</option>
          </Select>
          <ul className={fr.cx("fr-raw-list")}>
            {items.map((item) => (
              <MatchingItemCard key={item.requestId} item={item} dryRun={result.dryRun} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
