import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { PersonView } from "@zero/schemas";
import { ACCESS_LABELS, listStatusLabel, personLabel } from "./labels.ts";
import type { SearchState } from "./use-person-search.ts";

type Props = { state: SearchState; actionLabel: string; onPick: (person: PersonView) => void };

/** The people found, each with a button to open (or choose) them. */
export function PersonResults({ state, actionLabel, onPick }: Props) {
  if (state.status === "idle") return null;
  if (state.status === "loading") return <p role="status">Recherche en cours…</p>;
  if (state.status === "failed") return <Alert severity="error" small description={`La recherche a échoué. ${state.message}`} />;
  return (
    <>
      <p role="status" className={fr.cx("fr-mb-1w")}>
        {state.people.length === 0
          ? "Aucune personne trouvée : vérifiez l'orthographe ou inscrivez la personne."
          : `${state.people.length} personne${state.people.length > 1 ? "s" : ""} trouvée${state.people.length > 1 ? "s" : ""}.`}
      </p>
      {state.people.length > 0 && (
        <Table
          caption="Personnes trouvées sur la liste nominative"
          noCaption
          bordered
          className="zero-table-full-width"
          headers={["Personne", "Naissance", "Statut", "Accès", "Action"]}
          data={state.people.map((person) => [
            personLabel(person),
            person.birthYear ?? "—",
            listStatusLabel(person.listStatus),
            ACCESS_LABELS[person.access] ?? person.access,
            <Button
              key="open"
              size="small"
              priority="secondary"
              onClick={() => onPick(person)}
              nativeButtonProps={{ "aria-label": `${actionLabel} : ${personLabel(person)}` }}
            >
              {actionLabel}
            </Button>,
          ])}
        />
      )}
    </>
  );
}
