import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { RequireSession } from "./auth/require-session.tsx";
import { SessionProvider } from "./auth/session-context.tsx";
import { Layout } from "./components/layout.tsx";
import { Loading } from "./components/loading.tsx";
import { modules } from "./modules.ts";
import { AccountPage } from "./account/account-page.tsx";
import { AccessibilityPage } from "./pages/accessibility-page.tsx";
import { AdministrationPage } from "./pages/administration-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { LoginPage } from "./pages/login-page.tsx";
import { ForgotPasswordPage } from "./pages/forgot-password-page.tsx";
import { ModulePage } from "./pages/module-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { ResetPasswordPage } from "./pages/reset-password-page.tsx";
import { DashboardPage } from "./urgence/dashboard/dashboard-page.tsx";
import { IntakePage } from "./urgence/intake/intake-page.tsx";
import { MaraudePage } from "./urgence/maraude/maraude-page.tsx";
import { OrientationPage } from "./urgence/orientation/orientation-page.tsx";
import { OverviewPage } from "./urgence/overview-page.tsx";
import { PlacesPage } from "./urgence/places/places-page.tsx";
import { ScreenGuard } from "./urgence/screen-guard.tsx";
import { UrgenceLayout } from "./urgence/urgence-layout.tsx";

// MapLibre is large: the map screen and the library load when it is opened.
const MapPage = lazy(() => import("./urgence/map/map-page.tsx").then((m) => ({ default: m.MapPage })));

export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="connexion" element={<LoginPage />} />
          <Route path="mot-de-passe/oublie" element={<ForgotPasswordPage />} />
          <Route path="mot-de-passe/nouveau" element={<ResetPasswordPage />} />
          <Route
            path="mon-compte"
            element={
              <RequireSession>
                <AccountPage />
              </RequireSession>
            }
          />
          <Route path="accessibilite" element={<AccessibilityPage />} />
          <Route
            path="urgence-sociale"
            element={
              <RequireSession>
                <UrgenceLayout />
              </RequireSession>
            }
          >
            <Route index element={<OverviewPage />} />
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
          {modules
            .filter((module) => module.id !== "urgence-sociale")
            .map((module) => (
              <Route
                key={module.id}
                path={module.path}
                element={
                  <RequireSession>
                    <ModulePage id={module.id} />
                  </RequireSession>
                }
              />
            ))}
          <Route
            path="administration"
            element={
              <RequireSession>
                <AdministrationPage />
              </RequireSession>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
