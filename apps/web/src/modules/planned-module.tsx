import { Route } from "react-router";
import { RequireSession } from "../platform/auth/require-session.tsx";
import { PlannedModulePage } from "./planned-module-page.tsx";
import type { ModuleInfo, WebModule } from "./web-module.ts";

/** A module not built yet: one page, behind the login, that says what it will do. */
export function plannedModule<Id extends string>(about: ModuleInfo<Id>): WebModule<Id> {
  return {
    ...about,
    routes: (
      <Route
        path={about.path}
        element={
          <RequireSession>
            <PlannedModulePage about={about} />
          </RequireSession>
        }
      />
    ),
  };
}
