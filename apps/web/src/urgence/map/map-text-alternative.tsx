import { fr } from "@codegouvfr/react-dsfr";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { EncounterView, StructureView } from "@zero/schemas";
import { formatDateTime } from "../shared/dates.ts";
import { structureKindLabel } from "../shared/labels.ts";

type Props = { structures: StructureView[]; encounters: EncounterView[]; withEncounters: boolean };

/** What the map shows, as tables: structures, and encounters grouped by sector. */
export function MapTextAlternative({ structures, encounters, withEncounters }: Props) {
  const sectors = new Map<string, { count: number; last: string }>();
  for (const e of encounters) {
    const name = e.sector ?? e.address ?? (e.latitude !== null ? "Position GPS sans secteur" : "Lieu non précisé");
    const current = sectors.get(name) ?? { count: 0, last: e.occurredAt };
    sectors.set(name, { count: current.count + 1, last: e.occurredAt > current.last ? e.occurredAt : current.last });
  }
  const bySector = [...sectors.entries()].sort((a, b) => b[1].count - a[1].count);

  return (
    <section aria-labelledby="carte-liste" className={fr.cx("fr-mt-4w")}>
      <h2 id="carte-liste" className={fr.cx("fr-h4")}>
        La carte en liste
      </h2>
      <Table
        caption={`Structures du réseau (${structures.length})`}
        bordered
        className="zero-table-full-width"
        headers={["Structure", "Type", "Code postal", "Places libres ce soir", "Saturation"]}
        data={structures.map((s) => [
          s.name,
          structureKindLabel(s.kind),
          s.postcode,
          s.today.declared ? String(s.today.freeUnits) : "non déclarées",
          s.today.saturation === null ? "—" : `${Math.round(s.today.saturation * 100)} %`,
        ])}
      />
      {withEncounters && (
        <Table
          caption={`Rencontres par secteur (${encounters.length} rencontres)`}
          bordered
          className="zero-table-full-width"
          headers={["Secteur ou lieu", "Rencontres", "Dernière rencontre"]}
          data={bySector.map(([name, s]) => [name, String(s.count), formatDateTime(s.last)])}
        />
      )}
    </section>
  );
}
