import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { MembershipView, PersonView } from "@zero/schemas";
import { useState, type FormEvent } from "react";
import { giveConsent } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { ConsentFields } from "../shared/consent-fields.tsx";
import { consentBody, CONSENT_PURPOSE_LABELS, DEFAULT_CONSENT } from "../shared/consent.ts";
import { formatDateTime } from "../shared/dates.ts";
import { PURPOSES } from "../shared/purposes.ts";
import { useUrgence } from "../shared/urgence-context.tsx";

/** The active consent, or a form to record one (a new consent replaces the previous one). */
export function ConsentSection({
  person,
  membership,
  onChanged,
}: {
  person: PersonView;
  membership: MembershipView;
  onChanged: (p: PersonView) => void;
}) {
  const { network } = useUrgence();
  const [choice, setChoice] = useState({ ...DEFAULT_CONSENT, given: true });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = person.consent !== null && person.consent.withdrawnAt === null ? person.consent : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice.given) return;
    setPending(true);
    setError(null);
    try {
      onChanged(
        await giveConsent(person.id, {
          ...consentBody(choice, network.siaoOrganisationId, membership.organisationId),
          purpose: PURPOSES.consent,
        }),
      );
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  const audience = (a: { type: string; id: string }) =>
    a.type === "network" ? `réseau ${network.name}` : (network.members.find((m) => m.organisationId === a.id)?.name ?? "une organisation");

  return (
    <section aria-labelledby="consentement" className={fr.cx("fr-mt-3w")}>
      <h3 id="consentement" className={fr.cx("fr-h5")}>
        Consentement
      </h3>
      {active !== null ? (
        <p>
          Donné le {formatDateTime(active.givenAt)}, pour : {active.purposes.map((p) => CONSENT_PURPOSE_LABELS[p] ?? p).join(", ")} ;
          partagé avec : {active.audiences.map(audience).join(", ") || "personne"}.
        </p>
      ) : person.access !== "owner" && person.access !== "siao" ? (
        <p>Aucun consentement actif. Seule l'organisation qui a inscrit la personne, ou la coordination du SIAO, le recueille.</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} aria-label="Recueillir le consentement">
          <p>Aucun consentement actif : seule l'organisation qui a inscrit la personne voit sa fiche.</p>
          {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-2w")} />}
          <ConsentFields
            idPrefix="consent"
            value={choice}
            onChange={setChoice}
            networkName={network.name}
            organisationName={membership.organisationName}
          />
          <Button type="submit" priority="secondary" disabled={pending || !choice.given}>
            Enregistrer le consentement
          </Button>
        </form>
      )}
    </section>
  );
}
