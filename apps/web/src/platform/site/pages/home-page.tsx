import { fr } from "@codegouvfr/react-dsfr";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { moduleById, type ModuleId } from "../../../modules/index.ts";

type Horizon = { title: string; goal: string; projects: { title: string; moduleId: ModuleId }[] };

const horizons: Horizon[] = [
  {
    title: "Sans-abrisme",
    goal: "zéro personne à la rue",
    projects: [
      { title: "Occupation temporaire", moduleId: "occupation-temporaire" },
      { title: "Urgence sociale", moduleId: "urgence-sociale" },
    ],
  },
  {
    title: "Non-recours",
    goal: "zéro droit non réclamé",
    projects: [
      { title: "Ambassadeurs des droits", moduleId: "ambassadeurs" },
      { title: "Automatisation des droits", moduleId: "droits" },
    ],
  },
];

const missions = [
  {
    title: "INSPIRER",
    desc: "Diffuser une culture de l'innovation publique : méthodes, connaissances, événements et vitrine publique des projets.",
  },
  {
    title: "AGIR",
    desc: "Sur chaque horizon, faire émerger des projets, les tester vite sur le terrain et les suivre jusqu'à leur mise en place.",
  },
];

export function HomePage() {
  usePageTitle("Accueil");
  return (
    <div className={fr.cx("fr-container", "fr-my-6w")}>
      <h1>Lab Zéro</h1>
      <p className={fr.cx("fr-text--lead")}>
        Un laboratoire d'innovation publique qui vise une situation idéale, sans problème : zéro personne à la rue, zéro droit non réclamé.
      </p>
      <p>
        Services de l'État, associations, hôpitaux et ONG y travaillent ensemble contre trois maux : l'
        <strong>enchevêtrement</strong> des dispositifs, le <strong>cloisonnement</strong> des acteurs et la{" "}
        <strong>faible lisibilité</strong> des droits, pour les personnes comme pour les agents.
      </p>

      <h2 className={fr.cx("fr-mt-6w")}>Deux horizons, deux objectifs zéro</h2>
      {horizons.map((horizon) => (
        <section key={horizon.title} className={fr.cx("fr-mb-4w")} aria-labelledby={headingId(horizon.title)}>
          <h3 id={headingId(horizon.title)}>
            {horizon.title} — {horizon.goal}
          </h3>
          <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
            {horizon.projects.map((project) => (
              <div key={project.moduleId} className={fr.cx("fr-col-12", "fr-col-md-6")}>
                <Card
                  title={project.title}
                  titleAs="h4"
                  desc={moduleById(project.moduleId).question}
                  start={<p className={fr.cx("fr-card__detail")}>Projet</p>}
                  linkProps={{ to: moduleById(project.moduleId).path }}
                  enlargeLink
                />
              </div>
            ))}
          </div>
        </section>
      ))}

      <h2 className={fr.cx("fr-mt-6w")}>Deux missions</h2>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        {missions.map((mission) => (
          <div key={mission.title} className={fr.cx("fr-col-12", "fr-col-md-6")}>
            <Tile title={mission.title} titleAs="h3" desc={mission.desc} noIcon />
          </div>
        ))}
      </div>
    </div>
  );
}

function headingId(title: string): string {
  return `horizon-${title
    .normalize("NFD")
    .replace(/[^a-zA-Z]/g, "")
    .toLowerCase()}`;
}
