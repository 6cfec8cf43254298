import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useState } from "react";
import { dashboardCsvUrl, fetchDashboard } from "../api.ts";
import { Loading } from "../../../components/loading.tsx";
import { COHORT_LABELS } from "../components/shared/labels.ts";
import { useUrgence } from "../components/shared/urgence-context.tsx";
import { useLoad } from "../../../data/use-load.ts";
import { BarChart } from "../components/dashboard/bar-chart.tsx";
import { DashboardTable } from "../components/dashboard/dashboard-table.tsx";
import { MASKED } from "../components/dashboard/counts.ts";
import { KeyFigures } from "../components/dashboard/key-figures.tsx";

const MONTHS = 12;

/** Tableau de bord: aggregates only (no name), by month and cohort, with a CSV export. */
export function DashboardPage() {
  const { network } = useUrgence();
  const [cohort, setCohort] = useState<string>("all");
  const { state } = useLoad(() => fetchDashboard(network.siaoOrganisationId, MONTHS), network.siaoOrganisationId);
  const cohortLabel = COHORT_LABELS[cohort] ?? cohort;

  return (
    <>
      <h1>Tableau de bord</h1>
      <p>
        Le chemin vers le « zéro fonctionnel » du réseau {network.name} : des agrégats par mois, sans aucun nom. Une personne est active
        tant qu'elle est à la rue et en contact avec une équipe.
      </p>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && (
        <Alert severity="error" small description={`Impossible d'afficher le tableau de bord. ${state.message}`} />
      )}
      {state.status === "loaded" &&
        (() => {
          const rows = state.data.rows.filter((r) => r.cohort === cohort);
          const months = rows.map((r) => r.month);
          return (
            <>
              <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom", "fr-mb-2w")}>
                <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
                  <Select
                    label="Cohorte"
                    className={fr.cx("fr-mb-0")}
                    nativeSelectProps={{ value: cohort, onChange: (e) => setCohort(e.target.value) }}
                  >
                    {Object.keys(COHORT_LABELS).map((code) => (
                      <option key={code} value={code}>
                        {COHORT_LABELS[code] ?? code}
                      </option>
                    ))}
                  </Select>
                </div>
                <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
                  <a
                    className={fr.cx("fr-link", "fr-icon-download-line", "fr-link--icon-left")}
                    href={dashboardCsvUrl(network.siaoOrganisationId, MONTHS)}
                    download
                  >
                    Exporter en CSV (toutes les cohortes)
                  </a>
                </div>
              </div>
              {state.data.suppressedBelow !== null && (
                <p className={fr.cx("fr-text--sm")} data-testid="small-counts">
                  Secret statistique : les effectifs de 1 à {state.data.suppressedBelow - 1} sont masqués (« {MASKED} ») pour la lecture
                  seule.
                </p>
              )}
              <KeyFigures
                last={rows.at(-1)}
                projection={state.data.projections.find((p) => p.cohort === cohort)}
                quality={state.data.dataQuality}
              />
              <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-mt-3w")}>
                <section className={fr.cx("fr-col-12", "fr-col-lg-6")} aria-labelledby="g-actives">
                  <h2 id="g-actives" className={fr.cx("fr-h6")}>
                    Personnes actives en fin de mois
                  </h2>
                  <BarChart
                    id="chart-active"
                    title={`Personnes actives en fin de mois — ${cohortLabel}`}
                    description="Histogramme par mois ; les chiffres sont dans le tableau plus bas."
                    months={months}
                    series={[{ label: "Personnes actives", color: "#000091", values: rows.map((r) => r.activelyHomeless) }]}
                  />
                </section>
                <section className={fr.cx("fr-col-12", "fr-col-lg-6")} aria-labelledby="g-flux">
                  <h2 id="g-flux" className={fr.cx("fr-h6")}>
                    Entrées et sorties de la liste
                  </h2>
                  <BarChart
                    id="chart-flow"
                    title={`Entrées et sorties par mois — ${cohortLabel}`}
                    description={
                      "Deux barres par mois : entrées (nouvelles personnes et retours) puis " +
                      "sorties (logement, inactivité, autres) ; chiffres dans le tableau plus bas."
                    }
                    months={months}
                    series={[
                      { label: "Entrées", color: "#e4794a", values: rows.map((r) => r.inflow) },
                      { label: "Sorties", color: "#18753c", values: rows.map((r) => r.outflow) },
                    ]}
                  />
                </section>
                <section className={fr.cx("fr-col-12", "fr-col-lg-6")} aria-labelledby="g-unmet">
                  <h2 id="g-unmet" className={fr.cx("fr-h6")}>
                    Demandes sans solution par nuit
                  </h2>
                  <BarChart
                    id="chart-unmet"
                    title={`Demandes sans solution par nuit, moyenne du mois — ${cohortLabel}`}
                    description="Histogramme par mois ; les chiffres sont dans le tableau plus bas."
                    months={months}
                    series={[{ label: "Demandes sans solution", color: "#ce0500", values: rows.map((r) => r.unmetRequestsPerNight) }]}
                  />
                </section>
                <section className={fr.cx("fr-col-12", "fr-col-lg-6")} aria-labelledby="g-delay">
                  <h2 id="g-delay" className={fr.cx("fr-h6")}>
                    Délai médian jusqu'à un hébergement
                  </h2>
                  <BarChart
                    id="chart-delay"
                    title={`Délai médian, en jours, du premier contact au premier hébergement — ${cohortLabel}`}
                    description="Histogramme par mois ; les chiffres sont dans le tableau plus bas."
                    months={months}
                    series={[{ label: "Jours", color: "#6a6af4", values: rows.map((r) => r.medianDaysToShelter) }]}
                  />
                </section>
              </div>
              <DashboardTable rows={rows} cohortLabel={cohortLabel} />
            </>
          );
        })()}
    </>
  );
}
