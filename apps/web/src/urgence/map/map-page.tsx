import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { EncounterView, MembershipView, StructureView } from "@zero/schemas";
import { useMemo } from "react";
import { fetchEncounters, fetchStructures } from "../../api/urgence.ts";
import { Loading } from "../../components/loading.tsx";
import { todayUtc } from "../shared/dates.ts";
import { useUrgence } from "../shared/urgence-context.tsx";
import { useLoad } from "../shared/use-load.ts";
import { MapLegend } from "./map-legend.tsx";
import { MapTextAlternative } from "./map-text-alternative.tsx";
import { MapView } from "./map-view.tsx";
import type { FeatureCollection } from "./maplibre-types.ts";

const TEAM_ROLES = ["maraude", "operator_115", "coordinator"];
const DAYS = 90;

function structureFeatures(structures: StructureView[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: structures
      .filter((s) => s.latitude !== null && s.longitude !== null)
      .map((s) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [s.longitude!, s.latitude!] },
        properties: { name: s.name, free: s.today.freeUnits, full: s.today.declared && s.today.freeUnits === 0 ? 1 : 0 },
      })),
  };
}

function encounterFeatures(encounters: EncounterView[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: encounters
      .filter((e) => e.latitude !== null && e.longitude !== null)
      .map((e) => ({ type: "Feature", geometry: { type: "Point", coordinates: [e.longitude!, e.latitude!] }, properties: { at: e.occurredAt } })),
  };
}

/** Carte: the network's structures and the encounters of the user's teams, with a list alternative. */
export function MapPage({ memberships }: { memberships: MembershipView[] }) {
  const { network } = useUrgence();
  const today = todayUtc();
  const teams = memberships.filter((m) => TEAM_ROLES.includes(m.role)).map((m) => m.organisationId);
  const since = new Date(Date.now() - DAYS * 86_400_000).toISOString().slice(0, 10);
  const data = useLoad(async () => {
    const [structures, ...perTeam] = await Promise.all([
      fetchStructures(network.siaoOrganisationId, today),
      ...[...new Set(teams)].map((id) => fetchEncounters(id, `${since}T00:00:00.000Z`, 1000)),
    ]);
    return { structures, encounters: perTeam.flat() };
  }, `${network.siaoOrganisationId}:${today}:${teams.join(",")}`);

  const loaded = data.state.status === "loaded" ? data.state.data : null;
  const features = useMemo(
    () => (loaded === null ? null : { structures: structureFeatures(loaded.structures), encounters: encounterFeatures(loaded.encounters) }),
    [loaded],
  );

  return (
    <>
      <h1>Carte</h1>
      <p>
        Les structures d'hébergement du réseau {network.name}
        {teams.length > 0 ? ` et les rencontres de votre équipe des ${DAYS} derniers jours` : ""}. La liste sous la carte donne les mêmes informations.
      </p>
      {data.state.status === "loading" && <Loading />}
      {data.state.status === "failed" && <Alert severity="error" small description={`Impossible d'afficher la carte. ${data.state.message}`} />}
      {loaded !== null && features !== null && (
        <>
          <MapLegend withEncounters={teams.length > 0} />
          <MapView structures={features.structures} encounters={features.encounters} />
          <MapTextAlternative structures={loaded.structures} encounters={loaded.encounters} withEncounters={teams.length > 0} />
        </>
      )}
      {teams.length === 0 && <p className={fr.cx("fr-text--sm", "fr-mt-2w")}>Votre rôle ne donne pas accès aux rencontres : seules les structures sont affichées.</p>}
    </>
  );
}
