import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { CreatePersonBody, MembershipView, PersonView } from "@zero/schemas";
import { useState, type FormEvent } from "react";
import { createPerson } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { ConsentFields } from "./consent-fields.tsx";
import { consentBody, DEFAULT_CONSENT } from "./consent.ts";
import { HouseholdFields, type Household } from "./household-fields.tsx";
import { useUrgence } from "./urgence-context.tsx";

type Props = { idPrefix: string; membership: MembershipView; purpose: string; onCreated: (person: PersonView) => void };

/**
 * Registers a person with the minimum the by-name list needs: a name or an alias, a birth
 * year, the household and its constraints, and consent. No nationality, no administrative
 * status: the list has no such field (docs/decisions/0013).
 */
export function PersonForm({ idPrefix, membership, purpose, onCreated }: Props) {
  const { network } = useUrgence();
  const [alias, setAlias] = useState("");
  const [firstName, setFirstName] = useState("");
  const [lastName, setLastName] = useState("");
  const [birthYear, setBirthYear] = useState("");
  const [gender, setGender] = useState("");
  const [household, setHousehold] = useState<Household>({ adults: 1, children: 0, needs: [] });
  const [consent, setConsent] = useState(DEFAULT_CONSENT);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const year = Number.parseInt(birthYear, 10);
    const body: CreatePersonBody = {
      organisationId: membership.organisationId,
      alias: alias.trim() || null,
      firstName: firstName.trim() || null,
      lastName: lastName.trim() || null,
      birthYear: Number.isFinite(year) ? year : null,
      gender: gender === "female" || gender === "male" || gender === "other" ? gender : null,
      householdAdults: household.adults,
      householdChildren: household.children,
      needs: household.needs as CreatePersonBody["needs"],
      purpose,
    };
    if (consent.given) body.consent = consentBody(consent, network.siaoOrganisationId, membership.organisationId);
    try {
      onCreated(await createPerson(body));
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Inscrire une personne" noValidate>
      {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-2w")} />}
      <p className={fr.cx("fr-hint-text")}>Au moins un alias, un prénom ou un nom.</p>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Input
            label="Alias"
            nativeInputProps={{ id: `${idPrefix}-alias`, value: alias, onChange: (e) => setAlias(e.target.value), autoComplete: "off" }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Input
            label="Prénom"
            nativeInputProps={{
              id: `${idPrefix}-first-name`,
              value: firstName,
              onChange: (e) => setFirstName(e.target.value),
              autoComplete: "off",
            }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Input
            label="Nom"
            nativeInputProps={{
              id: `${idPrefix}-last-name`,
              value: lastName,
              onChange: (e) => setLastName(e.target.value),
              autoComplete: "off",
            }}
          />
        </div>
        <div className={fr.cx("fr-col-6", "fr-col-md-4")}>
          <Input
            label="Année de naissance"
            hintText="Approximative si besoin"
            nativeInputProps={{
              id: `${idPrefix}-birth-year`,
              inputMode: "numeric",
              maxLength: 4,
              value: birthYear,
              onChange: (e) => setBirthYear(e.target.value),
            }}
          />
        </div>
        <div className={fr.cx("fr-col-6", "fr-col-md-4")}>
          <Select
            label="Genre"
            hint="Facultatif"
            nativeSelectProps={{ id: `${idPrefix}-gender`, value: gender, onChange: (e) => setGender(e.target.value) }}
          >
            <option value="">Non renseigné</option>
            <option value="female">Femme</option>
            <option value="male">Homme</option>
            <option value="other">Autre</option>
          </Select>
        </div>
      </div>
      <HouseholdFields idPrefix={`${idPrefix}-household`} value={household} onChange={setHousehold} />
      <ConsentFields
        idPrefix={idPrefix}
        value={consent}
        onChange={setConsent}
        networkName={network.name}
        organisationName={membership.organisationName}
      />
      <Button type="submit" disabled={pending} iconId="fr-icon-user-add-line">
        Inscrire la personne
      </Button>
    </form>
  );
}
