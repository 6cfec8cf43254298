import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { MembershipView, PersonView } from "@zero/schemas";
import { useState } from "react";
import { PersonForm } from "../components/shared/person-form.tsx";
import { PersonResults } from "../components/shared/person-results.tsx";
import { PersonSearchForm } from "../components/shared/person-search-form.tsx";
import { PURPOSES } from "../components/shared/purposes.ts";
import { usePersonSearch } from "../components/shared/use-person-search.ts";
import { PersonPanel } from "../components/intake/person-panel.tsx";

/**
 * Accueil 115: search first (the field has the focus), open a person or register a new
 * one, then consent, shelter request and timeline in the person's panel.
 */
export function IntakePage({ membership }: { membership: MembershipView }) {
  const { state, search } = usePersonSearch(PURPOSES.intakeSearch);
  const [person, setPerson] = useState<PersonView | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <h1>Accueil 115</h1>
      <p>
        Cherchez d'abord la personne sur la liste nominative : chaque fiche ouverte est inscrite au journal d'audit. Organisation :{" "}
        {membership.organisationName}.
      </p>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <section aria-labelledby="recherche" className={fr.cx("fr-col-12", "fr-col-lg-6")}>
          <h2 id="recherche" className={fr.cx("fr-h4")}>
            Rechercher une personne
          </h2>
          <PersonSearchForm onSearch={(text, year) => void search(text, year)} busy={state.status === "loading"} autoFocus />
          <PersonResults
            state={state}
            actionLabel="Ouvrir"
            onPick={(picked) => {
              setPerson(picked);
              setCreating(false);
            }}
          />
          <div className={fr.cx("fr-mt-3w")}>
            <Button
              priority="secondary"
              iconId={creating ? "fr-icon-close-line" : "fr-icon-user-add-line"}
              onClick={() => setCreating(!creating)}
              nativeButtonProps={{ "aria-expanded": creating, "aria-controls": "nouvelle-personne" }}
            >
              {creating ? "Annuler l'inscription" : "Inscrire une nouvelle personne"}
            </Button>
          </div>
          {creating && (
            <div id="nouvelle-personne" className={fr.cx("fr-mt-3w")}>
              <h2 className={fr.cx("fr-h4")}>Nouvelle personne</h2>
              <PersonForm
                idPrefix="intake-new"
                membership={membership}
                purpose={PURPOSES.intakeCreate}
                onCreated={(created) => {
                  setPerson(created);
                  setCreating(false);
                }}
              />
            </div>
          )}
        </section>
        <div className={fr.cx("fr-col-12", "fr-col-lg-6")}>
          {person === null ? (
            <p className={fr.cx("fr-text--sm", "fr-mt-6w")}>
              Ouvrez une fiche pour voir le parcours de la personne et ouvrir une demande d'hébergement.
            </p>
          ) : (
            <PersonPanel key={person.id} initial={person} membership={membership} />
          )}
        </div>
      </div>
    </>
  );
}
