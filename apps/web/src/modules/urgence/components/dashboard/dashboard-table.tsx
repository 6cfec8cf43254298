import { Table } from "@codegouvfr/react-dsfr/Table";
import type { DashboardRow } from "@zero/schemas";
import { formatMonth } from "../shared/dates.ts";
import { countText, flowText } from "./counts.ts";

const number = (v: number | null) => (v === null ? "—" : v.toLocaleString("fr-FR"));

/** The charts' figures, month by month, for one cohort. */
export function DashboardTable({ rows, cohortLabel }: { rows: DashboardRow[]; cohortLabel: string }) {
  return (
    <Table
      caption={`Chiffres par mois — ${cohortLabel}`}
      bordered
      className="zero-table-full-width"
      headers={[
        "Mois",
        "Personnes actives",
        "Entrées",
        "dont nouvelles",
        "Sorties",
        "dont logées",
        "Arrivées en hébergement",
        "Flux net",
        "Demandes sans solution par nuit",
        "Délai médian jusqu'à un hébergement (jours)",
      ]}
      data={rows.map((r) => [
        formatMonth(r.month),
        countText(r.activelyHomeless),
        countText(r.inflow),
        countText(r.inflowNewlyIdentified),
        countText(r.outflow),
        countText(r.outflowHoused),
        countText(r.arrivals),
        flowText(r.netFlow),
        number(r.unmetRequestsPerNight),
        number(r.medianDaysToShelter),
      ])}
    />
  );
}
