import { Route } from "react-router";
import { RequireSession } from "../auth/require-session.tsx";
import { AdministrationPage } from "./pages/administration-page.tsx";

/** /administration, behind the login; the page itself refuses those who administer nothing. */
export const adminRoutes = (
  <Route
    path="administration"
    element={
      <RequireSession>
        <AdministrationPage />
      </RequireSession>
    }
  />
);
