import { fr } from "@codegouvfr/react-dsfr";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { NetworkMap } from "@zero/schemas";
import { formatDay } from "../shared/dates.ts";
import { structureKindLabel } from "../shared/labels.ts";
import { useUrgence } from "../shared/urgence-context.tsx";
import { ofKind } from "./map-features.ts";

const OUTSIDE = "Hors des secteurs définis";

/** What the map shows, as tables: structures, and encounters grouped by sector. */
export function MapTextAlternative({ map }: { map: NetworkMap }) {
  const { network } = useUrgence();
  const teamName = (id: string | undefined) => network.members.find((m) => m.organisationId === id)?.name ?? "—";
  const structures = ofKind(map, "structure");
  const sectors = ofKind(map, "sector");
  const encounters = ofKind(map, "encounter");
  const bySector = new Map<string, { count: number; last: string }>();
  for (const e of encounters) {
    const key = e.properties.sectorId ?? "";
    const current = bySector.get(key) ?? { count: 0, last: e.properties.date ?? "" };
    const date = e.properties.date ?? "";
    bySector.set(key, { count: current.count + 1, last: date > current.last ? date : current.last });
  }
  const rows = [...bySector.entries()].sort((a, b) => b[1].count - a[1].count);
  const sector = (id: string) => sectors.find((s) => s.properties.id === id);

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
        data={structures.map(({ properties: s }) => [
          s.name ?? "",
          structureKindLabel(s.structureKind ?? ""),
          s.postcode ?? "",
          s.declared ? String(s.freeUnits ?? 0) : "non déclarées",
          s.saturation === null || s.saturation === undefined ? "—" : `${Math.round(s.saturation * 100)} %`,
        ])}
      />
      <Table
        caption={`Secteurs des équipes (${sectors.length})`}
        bordered
        className="zero-table-full-width"
        headers={["Secteur", "Équipe", "Contour sur la carte"]}
        data={sectors.map((s) => [
          s.properties.name ?? "",
          teamName(s.properties.organisationId),
          s.geometry === null ? "non (arrondissements ou nom)" : "oui",
        ])}
      />
      {map.meta.encounters !== "none" && (
        <Table
          caption={`Rencontres par secteur (${encounters.length} rencontres${map.meta.truncated ? ", les plus récentes" : ""})`}
          bordered
          className="zero-table-full-width"
          headers={["Secteur", "Équipe du secteur", "Rencontres", "Dernière rencontre"]}
          data={rows.map(([id, s]) => [
            id === "" ? OUTSIDE : (sector(id)?.properties.name ?? OUTSIDE),
            id === "" ? "—" : teamName(sector(id)?.properties.organisationId),
            String(s.count),
            s.last ? formatDay(s.last) : "—",
          ])}
        />
      )}
    </section>
  );
}
