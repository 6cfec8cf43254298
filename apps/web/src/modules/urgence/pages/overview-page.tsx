import { fr } from "@codegouvfr/react-dsfr";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { roleLabel } from "../../../platform/admin/components/roles.ts";
import { membershipsFor, SCREENS, screenPath } from "../components/shared/screens.ts";
import { useUrgence } from "../components/shared/urgence-context.tsx";
import type { ModuleInfo } from "../../web-module.ts";

/** /urgence-sociale: what the module is, and the screens the user's roles open. */
export function OverviewPage({ about: module }: { about: ModuleInfo }) {
  usePageTitle("Urgence sociale");
  const { network, memberships } = useUrgence();
  const screens = SCREENS.filter((screen) => membershipsFor(memberships, screen.roles).length > 0);

  return (
    <>
      <h1>Urgence sociale</h1>
      <p className={fr.cx("fr-text--lead")}>{module.question}</p>
      <p>
        {module.summary} Réseau : {network.name}.
        {memberships.length > 0 && (
          <> Vos rôles : {memberships.map((m) => `${roleLabel(m.role).toLowerCase()} (${m.organisationName})`).join(", ")}.</>
        )}
      </p>
      {screens.length === 0 ? (
        <p>Votre rôle ne donne accès à aucun écran de ce module.</p>
      ) : (
        <ul className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-raw-list")}>
          {screens.map((screen) => (
            <li key={screen.id} className={fr.cx("fr-col-12", "fr-col-md-6", "fr-col-lg-4")}>
              <Card
                title={screen.label}
                titleAs="h2"
                desc={screen.description}
                linkProps={{ to: screenPath(screen.id) }}
                enlargeLink
                border
                size="small"
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
