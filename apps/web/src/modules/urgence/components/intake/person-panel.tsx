import { fr } from "@codegouvfr/react-dsfr";
import type { MembershipView, PersonView } from "@zero/schemas";
import { useEffect, useRef, useState } from "react";
import { fetchPerson, fetchTimeline } from "../../api.ts";
import { formatDateTime } from "../shared/dates.ts";
import { ACCESS_LABELS, genderLabel, householdLabel, listStatusLabel, needLabel, personLabel } from "../shared/labels.ts";
import { PURPOSES } from "../shared/purposes.ts";
import { useLoad } from "../../../../data/use-load.ts";
import { ConsentSection } from "./consent-section.tsx";
import { ExportData } from "./export-data.tsx";
import { PendingProposals } from "./pending-proposals.tsx";
import { ProposeChangeForm } from "./propose-change-form.tsx";
import { RequestForm } from "./request-form.tsx";
import { TimelineList } from "./timeline-list.tsx";

/** A person's record: summary, consent, a new shelter request, and the timeline. */
export function PersonPanel({ initial, membership }: { initial: PersonView; membership: MembershipView }) {
  const [person, setPerson] = useState(initial);
  const heading = useRef<HTMLHeadingElement>(null);
  const timeline = useLoad(() => fetchTimeline(person.id, PURPOSES.intakeRead), person.id);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const facts: [string, string][] = [
    ["Année de naissance", person.birthYear === null ? "—" : String(person.birthYear)],
    ["Genre", genderLabel(person.gender)],
    ["Foyer", householdLabel(person.householdAdults, person.householdChildren)],
    ["Besoins", person.needs.length ? person.needs.map(needLabel).join(", ") : "aucun signalé"],
    ["Statut sur la liste", listStatusLabel(person.listStatus)],
    ["Premier contact", formatDateTime(person.firstContactAt)],
    ["Dernier contact", formatDateTime(person.lastContactAt)],
    ["Accès", ACCESS_LABELS[person.access] ?? person.access],
  ];

  return (
    <section aria-labelledby="fiche" className="zero-panel">
      <h2 id="fiche" ref={heading} tabIndex={-1} className={fr.cx("fr-h3")}>
        {personLabel(person)}
      </h2>
      <dl className="zero-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ConsentSection
        person={person}
        membership={membership}
        onChanged={(next) => {
          setPerson(next);
          timeline.reload();
        }}
      />
      {person.access === "owner" || person.access === "siao" ? (
        <PendingProposals
          personId={person.id}
          onDecided={() => void fetchPerson(person.id, PURPOSES.intakeRead).then(setPerson).then(timeline.reload)}
        />
      ) : (
        <section aria-labelledby="modifier" className={fr.cx("fr-mt-3w")}>
          <h3 id="modifier" className={fr.cx("fr-h5")}>
            Modifier la fiche
          </h3>
          <ProposeChangeForm person={person} />
        </section>
      )}
      <RequestForm person={person} membership={membership} onCreated={timeline.reload} />
      <TimelineList state={timeline.state} />
      {(person.access === "owner" || person.access === "siao") && <ExportData personId={person.id} />}
    </section>
  );
}
