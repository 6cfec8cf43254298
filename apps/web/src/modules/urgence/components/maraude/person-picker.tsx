import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { MembershipView, PersonView } from "@zero/schemas";
import { useState } from "react";
import { listStatusLabel, personLabel } from "../shared/labels.ts";
import { PersonForm } from "../shared/person-form.tsx";
import { PersonResults } from "../shared/person-results.tsx";
import { PersonSearchForm } from "../shared/person-search-form.tsx";
import { PURPOSES } from "../shared/purposes.ts";
import { usePersonSearch } from "../shared/use-person-search.ts";

type Props = { membership: MembershipView; person: PersonView | null; onChange: (person: PersonView | null) => void };

/** Finds the person met on the by-name list, or registers them; an encounter may also stay anonymous. */
export function PersonPicker({ membership, person, onChange }: Props) {
  const { state, search } = usePersonSearch(PURPOSES.maraudeSearch);
  const [creating, setCreating] = useState(false);

  if (person !== null) {
    return (
      <div className="zero-panel" role="status">
        <p className={fr.cx("fr-mb-1w")}>
          <strong>{personLabel(person)}</strong>
          {person.birthYear !== null && <> — né·e en {person.birthYear}</>} — {listStatusLabel(person.listStatus).toLowerCase()} sur la
          liste
          {person.consent !== null && person.consent.withdrawnAt === null ? ", consentement recueilli." : ", sans consentement."}
        </p>
        <Button size="small" priority="tertiary" onClick={() => onChange(null)}>
          Changer de personne
        </Button>
      </div>
    );
  }

  return (
    <>
      <PersonSearchForm onSearch={(text, year) => void search(text, year)} busy={state.status === "loading"} />
      <PersonResults state={state} actionLabel="Choisir" onPick={onChange} />
      <Button
        className={fr.cx("fr-mt-2w")}
        priority="secondary"
        iconId={creating ? "fr-icon-close-line" : "fr-icon-user-add-line"}
        onClick={() => setCreating(!creating)}
        nativeButtonProps={{ "aria-expanded": creating, "aria-controls": "maraude-nouvelle-personne" }}
      >
        {creating ? "Annuler l'inscription" : "Nouvelle personne"}
      </Button>
      {creating && (
        <div id="maraude-nouvelle-personne" className={fr.cx("fr-mt-2w")}>
          <PersonForm
            idPrefix="maraude-new"
            membership={membership}
            purpose={PURPOSES.maraudeCreate}
            onCreated={(created) => {
              setCreating(false);
              onChange(created);
            }}
          />
        </div>
      )}
      <p className={fr.cx("fr-hint-text", "fr-mt-2w")}>Sans personne choisie, la rencontre est enregistrée de façon anonyme.</p>
    </>
  );
}
