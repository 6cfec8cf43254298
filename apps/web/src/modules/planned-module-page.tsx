import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { usePageTitle } from "../components/use-page-title.ts";
import type { ModuleInfo } from "./web-module.ts";

/** The page of a module not built yet: its question, what it will do, for whom. */
export function PlannedModulePage({ about: module }: { about: ModuleInfo }) {
  usePageTitle(module.title);

  return (
    <div className={fr.cx("fr-container", "fr-mb-6w")}>
      <Breadcrumb currentPageLabel={module.title} homeLinkProps={{ to: "/" }} segments={[]} />
      <h1>{module.title}</h1>
      {module.question !== undefined && <p className={fr.cx("fr-text--lead")}>{module.question}</p>}
      <Notice
        title="Module en construction : les fonctionnalités ci-dessous ne sont pas encore disponibles."
        className={fr.cx("fr-mb-4w")}
      />
      <p>{module.summary}</p>
      <h2 className={fr.cx("fr-h4", "fr-mt-4w")}>Ce que le module permettra</h2>
      <ul>
        {module.plannedFeatures.map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
      <h2 className={fr.cx("fr-h4", "fr-mt-4w")}>Pour qui</h2>
      <p>{module.audience}</p>
    </div>
  );
}
