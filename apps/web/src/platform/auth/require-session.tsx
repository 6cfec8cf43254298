import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Loading } from "../../components/loading.tsx";
import { useSession } from "./session-context.tsx";

/** Module pages need a logged-in user; others are sent to /connexion and brought back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();

  if (state.status === "loading") return <Loading />;
  if (state.status === "anonymous") {
    return <Navigate to="/connexion" replace state={{ from: location.pathname }} />;
  }
  return children;
}
