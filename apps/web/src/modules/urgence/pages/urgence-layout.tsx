import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Outlet, useLocation } from "react-router";
import { fetchNetworks } from "../api.ts";
import { useSession } from "../../../platform/auth/session-context.tsx";
import { Loading } from "../../../components/loading.tsx";
import { SCREENS, URGENCE_BASE } from "../components/shared/screens.ts";
import { UrgenceProvider } from "../components/shared/urgence-context.tsx";
import { useLoad } from "../../../data/use-load.ts";
import { SubNavigation } from "../components/sub-navigation.tsx";

/**
 * /urgence-sociale/*, behind RequireSession: finds the user's SIAO network, then shows the
 * breadcrumb, the module's sub-navigation (the screens the user's roles open) and the screen.
 */
export function UrgenceLayout() {
  const { state } = useSession();
  const { pathname } = useLocation();
  const { state: networks } = useLoad(fetchNetworks, "networks");
  const session = state.status === "authenticated" ? state.session : null;
  const current = SCREENS.find((screen) => pathname.startsWith(`${URGENCE_BASE}/${screen.id}`));

  let body;
  if (session === null || networks.status === "loading") body = <Loading />;
  else if (networks.status === "failed") {
    body = <Alert severity="error" small description={`Impossible de charger le module. ${networks.message}`} />;
  } else {
    const network = networks.data.networks[0];
    if (network === undefined) {
      body = (
        <Alert
          severity="info"
          as="h2"
          title="Aucun réseau SIAO"
          description={
            "Votre organisation ne fait partie d'aucun réseau SIAO : l'urgence sociale " +
            "ne lui est pas encore ouverte. Adressez-vous au SIAO de votre territoire."
          }
        />
      );
    } else {
      const orgs = new Set(network.members.map((member) => member.organisationId));
      const memberships = session.memberships.filter((m) => orgs.has(m.organisationId) || m.organisationId === network.siaoOrganisationId);
      body = (
        <UrgenceProvider value={{ session, network, memberships }}>
          <SubNavigation memberships={memberships} />
          <Outlet />
        </UrgenceProvider>
      );
    }
  }

  return (
    <div className={fr.cx("fr-container", "fr-mb-8w")}>
      <Breadcrumb
        currentPageLabel={current?.label ?? "Urgence sociale"}
        homeLinkProps={{ to: "/" }}
        segments={current ? [{ label: "Urgence sociale", linkProps: { to: URGENCE_BASE } }] : []}
      />
      {body}
    </div>
  );
}
