import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useMemo, useState } from "react";
import { fetchNetworkMap } from "../api.ts";
import { Loading } from "../../../components/loading.tsx";
import { useUrgence } from "../components/shared/urgence-context.tsx";
import { useLoad } from "../../../data/use-load.ts";
import { mapLayers, ofKind } from "../components/map/map-features.ts";
import { MapLegend } from "../components/map/map-legend.tsx";
import { MapTextAlternative } from "../components/map/map-text-alternative.tsx";
import { MapView } from "../components/map/map-view.tsx";

const DAYS = 90;

const SCOPE_TEXT = {
  network: `et les rencontres de toutes les équipes du réseau des ${DAYS} derniers jours`,
  team: `et les rencontres de votre équipe des ${DAYS} derniers jours`,
  none: "",
} as const;

/**
 * Carte: the network's structures (free places tonight), the teams' sectors and the
 * encounters the user may see (GET /api/urgence/map: no person on it), with a list
 * alternative and a sector filter.
 */
export function MapPage() {
  const { network } = useUrgence();
  const [sectorId, setSectorId] = useState("");
  const since = useMemo(() => new Date(Date.now() - DAYS * 86_400_000).toISOString().slice(0, 10), []);
  const data = useLoad(
    () => fetchNetworkMap({ networkId: network.siaoOrganisationId, from: `${since}T00:00:00.000Z`, sectorId: sectorId || undefined }),
    `${network.siaoOrganisationId}:${since}:${sectorId}`,
  );
  const loaded = data.state.status === "loaded" ? data.state.data : null;
  const layers = useMemo(() => (loaded === null ? null : mapLayers(loaded)), [loaded]);
  const sectors = loaded === null ? [] : ofKind(loaded, "sector");
  const scope = loaded?.meta.encounters ?? "none";

  return (
    <>
      <h1>Carte</h1>
      <p>
        Les structures d'hébergement du réseau {network.name}, les secteurs des équipes {SCOPE_TEXT[scope]}. Aucune personne n'apparaît sur
        la carte : une rencontre n'y porte que sa date, la situation de logement et l'équipe. La liste sous la carte donne les mêmes
        informations.
      </p>
      {sectors.length > 0 && scope !== "none" && (
        <Select
          label="Secteur"
          hint="Ne montrer que les rencontres de ce secteur"
          className={fr.cx("fr-mb-2w")}
          nativeSelectProps={{ value: sectorId, onChange: (e) => setSectorId(e.target.value) }}
        >
          <option value="">Tous les secteurs</option>
          {sectors.map((s) => (
            <option key={s.properties.id} value={s.properties.id}>
              {s.properties.name}
            </option>
          ))}
        </Select>
      )}
      {data.state.status === "loading" && <Loading />}
      {data.state.status === "failed" && (
        <Alert severity="error" small description={`Impossible d'afficher la carte. ${data.state.message}`} />
      )}
      {loaded !== null && layers !== null && (
        <>
          <MapLegend withEncounters={scope !== "none"} />
          <MapView layers={layers} />
          <MapTextAlternative map={loaded} />
        </>
      )}
      {loaded !== null && scope === "none" && (
        <p className={fr.cx("fr-text--sm", "fr-mt-2w")}>
          Votre rôle ne donne pas accès aux rencontres : seules les structures et les secteurs sont affichés.
        </p>
      )}
    </>
  );
}
