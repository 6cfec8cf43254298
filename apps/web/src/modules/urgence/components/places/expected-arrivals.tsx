import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { RequestView, StructureView } from "@zero/schemas";
import { useEffect, useState } from "react";
import { fetchRequests } from "../../api.ts";
import { householdLabel, lineLabel, needLabel, parseLineKey, requestStatusLabel } from "../shared/labels.ts";
import { PersonName } from "../shared/person-name.tsx";
import { PURPOSES } from "../shared/purposes.ts";
import { RequestActions } from "../shared/request-actions.tsx";
import { useUrgence } from "../shared/urgence-context.tsx";
import { useLoad } from "../../../../data/use-load.ts";

/** People oriented to the user's structures: accept, refuse, mark arrived. */
export function ExpectedArrivals({ structures }: { structures: StructureView[] }) {
  const { network } = useUrgence();
  const loaded = useLoad(() => fetchRequests({ networkId: network.siaoOrganisationId }), network.siaoOrganisationId);
  const [requests, setRequests] = useState<RequestView[]>([]);
  const names = new Map(structures.map((s) => [s.id, s.name]));

  useEffect(() => {
    if (loaded.state.status !== "loaded") return;
    const today = new Date().toISOString().slice(0, 10);
    setRequests(
      loaded.state.data.filter(
        (r) =>
          r.proposal !== null &&
          names.has(r.proposal.structureId) &&
          (r.status === "proposed" || r.status === "accepted" || (r.status === "arrived" && (r.arrivedAt ?? "").startsWith(today))),
      ),
    );
    // `names` follows `structures`, which only changes with a new reading of the requests.
  }, [loaded.state]);

  return (
    <section aria-labelledby="arrivees" className={fr.cx("fr-mt-2w")}>
      <h2 id="arrivees" className={fr.cx("fr-h4")}>
        Personnes orientées vers vos structures
      </h2>
      {loaded.state.status === "loading" && <p>Chargement des orientations…</p>}
      {loaded.state.status === "failed" && (
        <Alert severity="error" small description={`Impossible d'afficher les orientations. ${loaded.state.message}`} />
      )}
      {loaded.state.status === "loaded" && requests.length === 0 && <p>Aucune personne orientée vers vos structures en ce moment.</p>}
      {requests.length > 0 && (
        <ul className={fr.cx("fr-raw-list")}>
          {requests.map((r) => (
            <li key={r.id} className="zero-panel fr-mb-2w">
              <p className={fr.cx("fr-mb-1w")}>
                <strong>
                  <PersonName personId={r.personId} purpose={PURPOSES.arrival} />
                </strong>{" "}
                — {householdLabel(r.adults, r.children)}
                {r.needs.length > 0 && ` (${r.needs.map(needLabel).join(", ").toLowerCase()})`}
                <br />
                {names.get(r.proposal!.structureId)} · {lineLabel(parseLineKey(r.proposal!.lineKey))} ·{" "}
                <strong>{requestStatusLabel(r.status)}</strong>
              </p>
              <RequestActions
                request={r}
                who={`${householdLabel(r.adults, r.children)}, ${names.get(r.proposal!.structureId) ?? ""}`}
                purpose={PURPOSES.arrival}
                onChanged={(next) => setRequests(requests.map((x) => (x.id === next.id ? next : x)))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
