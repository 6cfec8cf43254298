import { Route } from "react-router";
import { RequireSession } from "../auth/require-session.tsx";
import { AccountPage } from "./pages/account-page.tsx";

/** « Mon compte », behind the login. */
export const accountRoutes = (
  <Route
    path="mon-compte"
    element={
      <RequireSession>
        <AccountPage />
      </RequireSession>
    }
  />
);
