import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { EncounterBody, MembershipView, PersonView } from "@zero/schemas";
import { useState, type FormEvent } from "react";
import { createEncounter } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { localDateTimeValue } from "../shared/dates.ts";
import { EXPRESSED_NEED_LABELS, LIVING_SITUATION_LABELS, personLabel, SERVICE_LABELS } from "../shared/labels.ts";
import { PURPOSES } from "../shared/purposes.ts";
import { LocationFields, type Place } from "./location-fields.tsx";

type Props = { membership: MembershipView; person: PersonView | null; onRecorded: () => void };

const EMPTY_PLACE: Place = { address: "", sector: "", latitude: null, longitude: null };

/** When, where, living situation, needs expressed, services given. */
export function EncounterForm({ membership, person, onRecorded }: Props) {
  const [when, setWhen] = useState(() => localDateTimeValue());
  const [place, setPlace] = useState<Place>(EMPTY_PLACE);
  const [situation, setSituation] = useState<EncounterBody["livingSituation"]>("street");
  const [needs, setNeeds] = useState<string[]>([]);
  const [services, setServices] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    setDone(null);
    try {
      const occurred = new Date(when);
      await createEncounter({
        organisationId: membership.organisationId,
        personId: person?.id ?? null,
        channel: membership.role === "maraude" ? "maraude" : "other",
        occurredAt: Number.isNaN(occurred.getTime()) ? undefined : occurred.toISOString(),
        address: place.address.trim() || null,
        sector: place.sector.trim() || null,
        latitude: place.latitude,
        longitude: place.longitude,
        livingSituation: situation,
        needsExpressed: needs,
        servicesGiven: services,
        purpose: PURPOSES.encounter,
      });
      setDone(`Rencontre enregistrée${person ? ` avec ${personLabel(person)}` : ""}.`);
      setNeeds([]);
      setServices([]);
      setPlace(EMPTY_PLACE);
      setWhen(localDateTimeValue());
      onRecorded();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  const toggle = (list: string[], set: (v: string[]) => void, code: string, on: boolean) =>
    set(on ? [...list, code] : list.filter((c) => c !== code));

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Enregistrer une rencontre">
      {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-2w")} />}
      <Input
        label="Date et heure"
        nativeInputProps={{ id: "encounter-when", type: "datetime-local", value: when, onChange: (e) => setWhen(e.target.value) }}
      />
      <LocationFields value={place} onChange={setPlace} />
      <Select
        label="Situation de logement"
        nativeSelectProps={{
          id: "encounter-situation",
          value: situation,
          onChange: (e) => setSituation(e.target.value as EncounterBody["livingSituation"]),
        }}
      >
        {Object.entries(LIVING_SITUATION_LABELS).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Besoins exprimés"
        orientation="horizontal"
        small
        options={Object.entries(EXPRESSED_NEED_LABELS).map(([code, label]) => ({
          label,
          nativeInputProps: {
            name: "needs",
            value: code,
            checked: needs.includes(code),
            onChange: (e) => toggle(needs, setNeeds, code, e.target.checked),
          },
        }))}
      />
      <Checkbox
        legend="Services rendus"
        orientation="horizontal"
        small
        options={Object.entries(SERVICE_LABELS).map(([code, label]) => ({
          label,
          nativeInputProps: {
            name: "services",
            value: code,
            checked: services.includes(code),
            onChange: (e) => toggle(services, setServices, code, e.target.checked),
          },
        }))}
      />
      <Button type="submit" disabled={pending} iconId="fr-icon-save-line">
        Enregistrer la rencontre
      </Button>
      <div role="status">{done !== null && <Alert severity="success" small description={done} className={fr.cx("fr-mt-2w")} />}</div>
    </form>
  );
}
