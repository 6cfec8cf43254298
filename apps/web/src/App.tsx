import { Route, Routes } from "react-router";
import { RequireSession } from "./auth/require-session.tsx";
import { SessionProvider } from "./auth/session-context.tsx";
import { Layout } from "./components/layout.tsx";
import { modules } from "./modules.ts";
import { AccessibilityPage } from "./pages/accessibility-page.tsx";
import { AdministrationPage } from "./pages/administration-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { LoginPage } from "./pages/login-page.tsx";
import { ModulePage } from "./pages/module-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";

export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="connexion" element={<LoginPage />} />
          <Route path="accessibilite" element={<AccessibilityPage />} />
          {modules.map((module) => (
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
