import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { AvailabilityView, DeclareAvailabilityBody, StructureView } from "@zero/schemas";
import { useEffect, useState, type FormEvent } from "react";
import { declareAvailability, fetchAvailability } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";
import { formatDateTime } from "../shared/dates.ts";
import { lineLabel } from "../shared/labels.ts";
import { useLoad } from "../../../../data/use-load.ts";

type Row = { key: string; public: string; unitCapacity: number; features: string[]; capacity: number | null; free: string };

const keyOf = (l: { public: string; unitCapacity: number; features: readonly string[] }) =>
  `${l.public}:${l.unitCapacity}:${[...l.features].sort().join("+")}`;

/** The structure's capacity lines (and any other line already declared), with tonight's free units. */
function rowsOf(structure: Pick<StructureView, "capacity">, availability: AvailabilityView): Row[] {
  const declared = new Map(availability.lines.map((l) => [keyOf(l), l]));
  const rows: Row[] = structure.capacity.map((c) => ({
    key: keyOf(c),
    public: c.public,
    unitCapacity: c.unitCapacity,
    features: c.features,
    capacity: c.units,
    free: String(declared.get(keyOf(c))?.freeUnits ?? ""),
  }));
  for (const l of availability.lines) {
    if (!rows.some((r) => r.key === keyOf(l)))
      rows.push({
        key: keyOf(l),
        public: l.public,
        unitCapacity: l.unitCapacity,
        features: l.features,
        capacity: null,
        free: String(l.freeUnits),
      });
  }
  return rows;
}

export function AvailabilityForm({ structure, date, onDeclared }: { structure: StructureView; date: string; onDeclared: () => void }) {
  const availability = useLoad(() => fetchAvailability(structure.id, date), `${structure.id}:${date}`);
  const [rows, setRows] = useState<Row[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  // Only a new reading of the declaration resets the fields (not a new StructureView).
  const loaded = availability.state.status === "loaded" ? availability.state.data : null;
  const capacity = structure.capacity;
  useEffect(() => {
    if (loaded !== null) setRows(rowsOf({ capacity }, loaded));
  }, [loaded]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    setDone(null);
    try {
      const lines: DeclareAvailabilityBody["lines"] = rows.map((r) => ({
        public: r.public as DeclareAvailabilityBody["lines"][number]["public"],
        unitCapacity: r.unitCapacity,
        freeUnits: Math.max(0, Number.parseInt(r.free, 10) || 0),
        features: r.features as DeclareAvailabilityBody["lines"][number]["features"],
      }));
      const result = await declareAvailability(structure.id, { date, lines });
      const total = result.lines.reduce((sum, l) => sum + l.freeUnits, 0);
      setDone(`Places déclarées pour ce soir : ${total} unité${total > 1 ? "s" : ""} libre${total > 1 ? "s" : ""}.`);
      availability.reload();
      onDeclared();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  };

  if (availability.state.status === "loading") return <p>Chargement des places déclarées…</p>;
  if (availability.state.status === "failed")
    return <Alert severity="error" small description={`Impossible de lire les places déclarées. ${availability.state.message}`} />;
  const declaredAt = availability.state.data.declaredAt;

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={`Places libres ce soir — ${structure.name}`}>
      <fieldset className={fr.cx("fr-fieldset")} aria-labelledby={`legend-${structure.id}`}>
        <legend id={`legend-${structure.id}`} className={fr.cx("fr-fieldset__legend", "fr-text--md")}>
          Places libres ce soir
          <span className={fr.cx("fr-hint-text")}>
            {declaredAt === null ? "Aucune déclaration pour ce soir." : `Dernière déclaration : ${formatDateTime(declaredAt)}.`} Une
            nouvelle déclaration remplace la précédente.
          </span>
        </legend>
        {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-2w")} />}
        {rows.map((row, index) => (
          <div key={row.key} className={fr.cx("fr-fieldset__element", "fr-col-12", "fr-col-md-6")}>
            <Input
              label={lineLabel(row)}
              hintText={
                row.capacity === null ? "Hors capacité habituelle" : `Capacité : ${row.capacity} unité${row.capacity > 1 ? "s" : ""}`
              }
              nativeInputProps={{
                type: "number",
                min: 0,
                max: row.capacity ?? 5000,
                value: row.free,
                onChange: (e) => setRows(rows.map((r, i) => (i === index ? { ...r, free: e.target.value } : r))),
              }}
            />
          </div>
        ))}
      </fieldset>
      <Button type="submit" disabled={pending} iconId="fr-icon-check-line">
        Déclarer les places de ce soir
      </Button>
      <div role="status">{done !== null && <Alert severity="success" small description={done} className={fr.cx("fr-mt-2w")} />}</div>
    </form>
  );
}
