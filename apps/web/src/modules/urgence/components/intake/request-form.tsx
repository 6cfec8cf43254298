import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { CreateRequestBody, MembershipView, PersonView, RequestView } from "@zero/schemas";
import { useState, type FormEvent } from "react";
import { createRequest } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { HouseholdFields, type Household } from "../shared/household-fields.tsx";
import { householdLabel, REQUEST_KIND_LABELS } from "../shared/labels.ts";
import { PURPOSES } from "../shared/purposes.ts";

/** Opens a shelter request: urgence or insertion, household composition, constraints. */
export function RequestForm({ person, membership, onCreated }: { person: PersonView; membership: MembershipView; onCreated: () => void }) {
  const [kind, setKind] = useState<CreateRequestBody["kind"]>("urgence");
  const [household, setHousehold] = useState<Household>({
    adults: person.householdAdults,
    children: person.householdChildren,
    needs: person.needs,
  });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<RequestView | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const request = await createRequest({
        organisationId: membership.organisationId,
        personId: person.id,
        kind,
        adults: household.adults,
        children: household.children,
        needs: household.needs as CreateRequestBody["needs"],
        purpose: PURPOSES.request,
      });
      setCreated(request);
      onCreated();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="demande" className={fr.cx("fr-mt-3w")}>
      <h3 id="demande" className={fr.cx("fr-h5")}>
        Demande d'hébergement
      </h3>
      <form onSubmit={(event) => void submit(event)} aria-label="Ouvrir une demande d'hébergement">
        {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-2w")} />}
        <RadioButtons
          legend="Type de demande"
          name="request-kind"
          orientation="horizontal"
          options={(["urgence", "insertion"] as const).map((code) => ({
            label: REQUEST_KIND_LABELS[code] ?? code,
            nativeInputProps: { checked: kind === code, onChange: () => setKind(code) },
          }))}
        />
        <HouseholdFields idPrefix="request" value={household} onChange={setHousehold} legend="Contraintes" />
        <Button type="submit" disabled={pending} iconId="fr-icon-home-4-line">
          Créer la demande
        </Button>
      </form>
      <div role="status">
        {created !== null && (
          <Alert
            severity="success"
            small
            className={fr.cx("fr-mt-2w")}
            description={
              `Demande ${REQUEST_KIND_LABELS[created.kind]?.toLowerCase() ?? created.kind} ouverte pour ` +
              `${householdLabel(created.adults, created.children)} : elle sera examinée à l'orientation de ce soir.`
            }
          />
        )}
      </div>
    </section>
  );
}
