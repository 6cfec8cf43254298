import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { MembershipView } from "@zero/schemas";
import { fetchStructures } from "../api.ts";
import { Loading } from "../../../components/loading.tsx";
import { formatDay, todayUtc } from "../components/shared/dates.ts";
import { useUrgence } from "../components/shared/urgence-context.tsx";
import { useLoad } from "../../../data/use-load.ts";
import { ExpectedArrivals } from "../components/places/expected-arrivals.tsx";
import { StructureCard } from "../components/places/structure-card.tsx";

/** Places: the user's own structures, tonight's free places per public, and who is coming. */
export function PlacesPage({ memberships }: { memberships: MembershipView[] }) {
  const { network } = useUrgence();
  const today = todayUtc();
  const own = new Set(memberships.map((m) => m.organisationId));
  const structures = useLoad(() => fetchStructures(network.siaoOrganisationId, today), `${network.siaoOrganisationId}:${today}`);
  const mine = structures.state.status === "loaded" ? structures.state.data.filter((s) => own.has(s.organisationId)) : [];

  return (
    <>
      <h1>Places</h1>
      <p>
        Déclarez chaque jour les places libres de ce soir ({formatDay(today)}) : l'orientation de la nuit les propose aux demandes en
        attente. Seul le personnel de la structure peut déclarer ses places.
      </p>
      {structures.state.status === "loading" && <Loading />}
      {structures.state.status === "failed" && (
        <Alert severity="error" small description={`Impossible d'afficher les structures. ${structures.state.message}`} />
      )}
      {structures.state.status === "loaded" && mine.length === 0 && <p>Votre organisation ne gère aucune structure de ce réseau.</p>}
      {mine.length > 0 && (
        <>
          <ExpectedArrivals structures={mine} />
          <h2 className={fr.cx("fr-h4", "fr-mt-4w")}>Vos structures ({mine.length})</h2>
          {mine.map((structure) => (
            <StructureCard key={structure.id} structure={structure} date={today} onDeclared={structures.reload} />
          ))}
        </>
      )}
    </>
  );
}
