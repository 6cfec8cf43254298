import { fr } from "@codegouvfr/react-dsfr";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { NEED_LABELS } from "./labels.ts";

export type Household = { adults: number; children: number; needs: string[] };

type Props = { idPrefix: string; value: Household; onChange: (value: Household) => void; legend?: string };

/** Household composition and the constraints orientation must respect (pets, mobility, care). */
export function HouseholdFields({ idPrefix, value, onChange, legend = "Besoins pour l'orientation" }: Props) {
  const count = (text: string, min: number) => Math.max(min, Math.min(20, Number.parseInt(text, 10) || min));
  return (
    <>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-6")}>
          <Input
            label="Adultes"
            nativeInputProps={{
              id: `${idPrefix}-adults`,
              type: "number",
              min: 1,
              max: 20,
              value: value.adults,
              onChange: (e) => onChange({ ...value, adults: count(e.target.value, 1) }),
            }}
          />
        </div>
        <div className={fr.cx("fr-col-6")}>
          <Input
            label="Enfants"
            nativeInputProps={{
              id: `${idPrefix}-children`,
              type: "number",
              min: 0,
              max: 20,
              value: value.children,
              onChange: (e) => onChange({ ...value, children: count(e.target.value, 0) }),
            }}
          />
        </div>
      </div>
      <Checkbox
        legend={legend}
        orientation="horizontal"
        small
        options={Object.entries(NEED_LABELS).map(([code, label]) => ({
          label,
          nativeInputProps: {
            name: `${idPrefix}-needs`,
            value: code,
            checked: value.needs.includes(code),
            onChange: (e) =>
              onChange({ ...value, needs: e.target.checked ? [...value.needs, code] : value.needs.filter((n) => n !== code) }),
          },
        }))}
      />
    </>
  );
}
