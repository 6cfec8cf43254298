import { fr } from "@codegouvfr/react-dsfr";
import type { StructureView } from "@zero/schemas";
import { lineLabel, structureKindLabel } from "../shared/labels.ts";
import { AvailabilityForm } from "./availability-form.tsx";
import { SaturationMeter } from "./saturation-meter.tsx";

/** One structure: saturation tonight, capacity, and the form to declare tonight's free places. */
export function StructureCard({ structure, date, onDeclared }: { structure: StructureView; date: string; onDeclared: () => void }) {
  const headingId = `structure-${structure.id}`;
  return (
    <section aria-labelledby={headingId} className={`zero-panel ${fr.cx("fr-mb-3w")}`}>
      <h3 id={headingId} className={fr.cx("fr-h5", "fr-mb-1w")}>
        {structure.name}
      </h3>
      <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>
        {structureKindLabel(structure.kind)} · {structure.address}, {structure.postcode} Marseille
      </p>
      <SaturationMeter today={structure.today} />
      <details className={fr.cx("fr-mb-2w")}>
        <summary>Capacité ({structure.today.capacityUnits} unités)</summary>
        <ul>
          {structure.capacity.map((line) => (
            <li key={`${line.public}:${line.unitCapacity}:${line.features.join("+")}`}>
              {line.units} × {lineLabel(line)}
            </li>
          ))}
        </ul>
      </details>
      <AvailabilityForm structure={structure} date={date} onDeclared={onDeclared} />
    </section>
  );
}
