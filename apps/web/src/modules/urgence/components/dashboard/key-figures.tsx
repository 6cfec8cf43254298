import { fr } from "@codegouvfr/react-dsfr";
import type { Dashboard, DashboardRow } from "@zero/schemas";
import { formatMonth } from "../shared/dates.ts";
import { countText, flowText } from "./counts.ts";

type Props = {
  last: DashboardRow | undefined;
  projection: Dashboard["projections"][number] | undefined;
  quality: Dashboard["dataQuality"];
};

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The month's headline figures, the projection to functional zero and the data quality. */
export function KeyFigures({ last, projection, quality }: Props) {
  const tiles = [
    {
      id: "kf-active",
      label: last ? `Personnes actives fin ${formatMonth(last.month)}` : "Personnes actives",
      value: last ? countText(last.activelyHomeless) : "—",
    },
    { id: "kf-new", label: "Nouvelles personnes ce mois-ci", value: last ? countText(last.inflowNewlyIdentified) : "—" },
    { id: "kf-arrivals", label: "Arrivées en hébergement ce mois-ci", value: last ? countText(last.arrivals) : "—" },
    { id: "kf-net", label: "Flux net du mois", value: last ? flowText(last.netFlow) : "—" },
    { id: "kf-quality", label: "Qualité des données", value: `${Math.round(quality.score)} / 100` },
  ];
  return (
    <>
      <ul className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-raw-list")}>
        {tiles.map((tile) => (
          <li key={tile.id} className={fr.cx("fr-col-6", "fr-col-md-4")}>
            <div className="zero-figure" data-testid={tile.id}>
              <span className="zero-figure-value">{tile.value}</span>
              <span className="zero-figure-label">{tile.label}</span>
            </div>
          </li>
        ))}
      </ul>
      <div className={fr.cx("fr-callout", "fr-mt-3w")}>
        <h2 className={fr.cx("fr-callout__title", "fr-h5")}>Vers le zéro fonctionnel</h2>
        <p className={fr.cx("fr-callout__text", "fr-text--md")}>{projection?.explanation ?? "Pas de projection pour cette cohorte."}</p>
        <p className={fr.cx("fr-text--sm", "fr-mb-0", "fr-mt-1w")}>
          Qualité des données : {percent(quality.keyFieldsShare)} des fiches ont l'année de naissance, le genre et un consentement actif ;{" "}
          {quality.teamsReporting} équipe(s) sur {quality.teams} ont enregistré une rencontre ces 30 derniers jours.
        </p>
      </div>
    </>
  );
}
