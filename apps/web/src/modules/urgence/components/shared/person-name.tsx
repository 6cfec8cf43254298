import { fetchPerson } from "../../api.ts";
import { personLabel } from "./labels.ts";
import { useLoad } from "../../../../data/use-load.ts";

/** The name of a person (one audited read, with its purpose). */
export function PersonName({ personId, purpose }: { personId: string; purpose: string }) {
  const { state } = useLoad(() => fetchPerson(personId, purpose), personId);
  if (state.status === "loaded") return <>{personLabel(state.data)}</>;
  if (state.status === "failed") return <>Personne (fiche non visible)</>;
  return <>…</>;
}
