import { lazy, Suspense } from "react";
import { Route } from "react-router";
import { Loading } from "../../components/loading.tsx";
import { RequireSession } from "../../platform/auth/require-session.tsx";
import type { ModuleInfo } from "../web-module.ts";
import { ScreenGuard } from "./components/screen-guard.tsx";
import { DashboardPage } from "./pages/dashboard-page.tsx";
import { IntakePage } from "./pages/intake-page.tsx";
import { MaraudePage } from "./pages/maraude-page.tsx";
import { OrientationPage } from "./pages/orientation-page.tsx";
import { OverviewPage } from "./pages/overview-page.tsx";
import { PlacesPage } from "./pages/places-page.tsx";
import { UrgenceLayout } from "./pages/urgence-layout.tsx";

// MapLibre is large: the map screen and the library load when it is opened.
const MapPage = lazy(() => import("./pages/map-page.tsx").then((m) => ({ default: m.MapPage })));

/** /urgence-sociale and its screens (components/shared/screens.ts), behind the login; each screen checks the user's roles. */
export function urgenceRoutes(about: ModuleInfo) {
  return (
    <Route
      path={about.path}
      element={
        <RequireSession>
          <UrgenceLayout />
        </RequireSession>
      }
    >
      <Route index element={<OverviewPage about={about} />} />
      <Route path="accueil-115" element={<ScreenGuard id="accueil-115">{(m) => <IntakePage membership={m[0]!} />}</ScreenGuard>} />
      <Route path="maraude" element={<ScreenGuard id="maraude">{(m) => <MaraudePage membership={m[0]!} />}</ScreenGuard>} />
      <Route path="places" element={<ScreenGuard id="places">{(m) => <PlacesPage memberships={m} />}</ScreenGuard>} />
      <Route path="orientation" element={<ScreenGuard id="orientation">{() => <OrientationPage />}</ScreenGuard>} />
      <Route
        path="carte"
        element={
          <ScreenGuard id="carte">
            {() => (
              <Suspense fallback={<Loading />}>
                <MapPage />
              </Suspense>
            )}
          </ScreenGuard>
        }
      />
      <Route path="tableau-de-bord" element={<ScreenGuard id="tableau-de-bord">{() => <DashboardPage />}</ScreenGuard>} />
    </Route>
  );
}
