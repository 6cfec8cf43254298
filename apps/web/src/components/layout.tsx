import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { Outlet } from "react-router";
import { AppFooter } from "./app-footer.tsx";
import { AppHeader } from "./app-header.tsx";
import { FocusOnNavigation } from "./focus-on-navigation.tsx";
import { SessionProblem } from "./session-problem.tsx";

export function Layout() {
  return (
    <>
      <SkipLinks
        links={[
          { label: "Contenu", anchor: "#contenu" },
          { label: "Menu", anchor: "#fr-header-main-navigation" },
          { label: "Pied de page", anchor: "#fr-footer" },
        ]}
      />
      <AppHeader />
      <FocusOnNavigation />
      <main id="contenu" tabIndex={-1} className="zero-main">
        <SessionProblem />
        <Outlet />
      </main>
      <AppFooter />
    </>
  );
}
