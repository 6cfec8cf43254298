import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { MAX_CHILDREN, nameOf, personIds, type Household } from "../shared/household.ts";

type Props = { initial: Household | null; onSubmit: (household: Household) => void };

const today = () => new Date().toISOString().slice(0, 10);

function birthLabel(id: string): string {
  if (id === "personne_1") return "Votre date de naissance";
  if (id === "personne_2") return "Date de naissance de votre conjoint ou conjointe";
  return `Date de naissance de l'${nameOf(id).toLowerCase()}`;
}

/** Who lives in the home: the person, a spouse or partner, the children, and their birth dates. */
export function HouseholdForm({ initial, onSubmit }: Props) {
  const [couple, setCouple] = useState<boolean | null>(initial?.couple ?? null);
  const [children, setChildren] = useState(initial?.children ?? 0);
  // By person, so that answering « en couple » after the children's dates keeps them.
  const [dates, setDates] = useState<Record<string, string>>(() =>
    initial ? Object.fromEntries(personIds(initial).map((id, i) => [id, initial.birthDates[i] ?? ""])) : {},
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const ids = personIds({ couple: couple ?? false, children });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (couple === null) found.couple = "Indiquez si vous vivez en couple.";
    ids.forEach((id) => {
      const date = dates[id] ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found[id] = "Indiquez une date de naissance (jour, mois, année).";
      else if (date > today() || date < "1900-01-01") found[id] = "Cette date de naissance n'est pas possible.";
    });
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      document.getElementById(first === "couple" ? "foyer-couple-0" : `naissance-${first}`)?.focus();
      return;
    }
    onSubmit({ couple: couple!, children, birthDates: ids.map((id) => dates[id]!) });
  };

  const setDate = (id: string, value: string) => setDates((previous) => ({ ...previous, [id]: value }));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="foyer-titre">
      <h2 id="foyer-titre" ref={heading} tabIndex={-1} className={fr.cx("fr-h3")}>
        Qui vit dans votre logement ?
      </h2>
      <RadioButtons
        legend="Vivez-vous en couple ?"
        hintText="Marié·e, pacsé·e ou en union libre, avec une personne qui vit avec vous."
        id="foyer-couple"
        name="couple"
        state={errors.couple ? "error" : "default"}
        stateRelatedMessage={errors.couple}
        options={[
          { label: "Oui", nativeInputProps: { checked: couple === true, onChange: () => setCouple(true) } },
          { label: "Non", nativeInputProps: { checked: couple === false, onChange: () => setCouple(false) } },
        ]}
      />
      <Select
        label="Combien d'enfants vivent avec vous et sont à votre charge ?"
        hint="Enfants de moins de 21 ans, ou de moins de 25 ans encore à votre charge."
        nativeSelectProps={{ id: "foyer-enfants", value: String(children), onChange: (e) => setChildren(Number(e.target.value)) }}
      >
        {Array.from({ length: MAX_CHILDREN + 1 }, (_, n) => (
          <option key={n} value={n}>
            {n === 0 ? "Aucun" : n}
          </option>
        ))}
      </Select>
      <fieldset className={fr.cx("fr-fieldset")} aria-describedby="foyer-dates-aide">
        <legend className={fr.cx("fr-fieldset__legend")}>Dates de naissance</legend>
        <p id="foyer-dates-aide" className={fr.cx("fr-hint-text", "fr-fieldset__element")}>
          Elles décident de l'âge de chacun pour les aides (majorité, âge de la retraite, enfants à charge).
        </p>
        {ids.map((id) => (
          <div key={id} className={fr.cx("fr-fieldset__element")}>
            <Input
              label={birthLabel(id)}
              state={errors[id] ? "error" : "default"}
              stateRelatedMessage={errors[id]}
              nativeInputProps={{
                id: `naissance-${id}`,
                type: "date",
                max: today(),
                min: "1900-01-01",
                value: dates[id] ?? "",
                onChange: (e) => setDate(id, e.target.value),
              }}
            />
          </div>
        ))}
      </fieldset>
      <Button type="submit" iconId="fr-icon-arrow-right-line" iconPosition="right">
        Continuer
      </Button>
    </form>
  );
}
