import { fr } from "@codegouvfr/react-dsfr";
import type { MembershipView, PersonView } from "@zero/schemas";
import { useState } from "react";
import { fetchEncounters } from "../api.ts";
import { useLoad } from "../../../data/use-load.ts";
import { EncounterForm } from "../components/maraude/encounter-form.tsx";
import { EncounterList } from "../components/maraude/encounter-list.tsx";
import { PersonPicker } from "../components/maraude/person-picker.tsx";

const RECENT_DAYS = 14;

/** Maraude (phone first): who was met, then the encounter, then the team's recent encounters. */
export function MaraudePage({ membership }: { membership: MembershipView }) {
  const [person, setPerson] = useState<PersonView | null>(null);
  const since = new Date(Date.now() - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  const encounters = useLoad(
    () => fetchEncounters(membership.organisationId, `${since}T00:00:00.000Z`, 100),
    `${membership.organisationId}:${since}`,
  );

  return (
    <>
      <h1>Maraude</h1>
      <p>Équipe : {membership.organisationName}.</p>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-7")}>
          <section aria-labelledby="personne-rencontree">
            <h2 id="personne-rencontree" className={fr.cx("fr-h4")}>
              1. Personne rencontrée
            </h2>
            <PersonPicker membership={membership} person={person} onChange={setPerson} />
          </section>
          <section aria-labelledby="rencontre" className={fr.cx("fr-mt-4w")}>
            <h2 id="rencontre" className={fr.cx("fr-h4")}>
              2. Rencontre
            </h2>
            <EncounterForm membership={membership} person={person} onRecorded={encounters.reload} />
          </section>
        </div>
        <section aria-labelledby="rencontres-recentes" className={fr.cx("fr-col-12", "fr-col-lg-5")}>
          <h2 id="rencontres-recentes" className={fr.cx("fr-h4")}>
            Rencontres de l'équipe ({RECENT_DAYS} derniers jours)
          </h2>
          <EncounterList state={encounters.state} />
        </section>
      </div>
    </>
  );
}
