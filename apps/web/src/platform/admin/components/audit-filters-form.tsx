import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState, type FormEvent } from "react";
import { RESOURCE_TYPE_LABELS } from "./audit-labels.ts";

/** The filters as typed: days ("2026-11-26" or "") and a resource type ("" for all). */
export type AuditFilterValues = { fromDay: string; toDay: string; resourceType: string };

export const NO_FILTERS: AuditFilterValues = { fromDay: "", toDay: "", resourceType: "" };

export function AuditFiltersForm({ onApply }: { onApply: (values: AuditFilterValues) => void }) {
  const [values, setValues] = useState<AuditFilterValues>(NO_FILTERS);
  const [rangeError, setRangeError] = useState<string | null>(null);

  const set = (key: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (values.fromDay !== "" && values.toDay !== "" && values.toDay < values.fromDay) {
      setRangeError("La date de fin doit être identique ou postérieure à la date de début.");
      return;
    }
    setRangeError(null);
    onApply(values);
  };

  const onReset = () => {
    setValues(NO_FILTERS);
    setRangeError(null);
    onApply(NO_FILTERS);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Filtrer le journal d'audit">
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-3")}>
          <Input
            label="Du"
            hintText="Date de début, incluse"
            nativeInputProps={{ type: "date", name: "from", value: values.fromDay, onChange: set("fromDay") }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-3")}>
          <Input
            label="Au"
            hintText="Date de fin, incluse"
            {...(rangeError === null ? {} : ({ state: "error", stateRelatedMessage: rangeError } as const))}
            nativeInputProps={{
              type: "date",
              name: "to",
              value: values.toDay,
              onChange: set("toDay"),
              "aria-invalid": rangeError !== null || undefined,
            }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-3")}>
          <Select
            label="Type de ressource"
            hint="Tous par défaut"
            nativeSelectProps={{ name: "resourceType", value: values.resourceType, onChange: set("resourceType") }}
          >
            <option value="">Tous les types</option>
            {Object.entries(RESOURCE_TYPE_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-3")}>
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline")}>
            <li>
              <Button type="submit">Filtrer</Button>
            </li>
            <li>
              <Button type="button" priority="tertiary" onClick={onReset}>
                Effacer
              </Button>
            </li>
          </ul>
        </div>
      </div>
    </form>
  );
}
