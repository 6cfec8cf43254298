import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { ApiError } from "../../data/client.ts";
import { messageOf } from "../../data/error-message.ts";
import type { SessionView } from "@zero/schemas";
import { fetchSession, login, logout } from "./api.ts";

type SessionState = { status: "loading" } | { status: "anonymous" } | { status: "authenticated"; session: SessionView };

type SessionContextValue = {
  state: SessionState;
  /** A French message about the session that the layout shows (server unreachable, logout failed). */
  problem: string | null;
  dismissProblem: () => void;
  /** Throws an ApiError (wrong credentials, rate limit, a TOTP step…) for the login form to show. */
  signIn: (email: string, password: string) => Promise<SessionView>;
  /** A session that a second step of the login opened (a TOTP code, an enrolment). */
  adoptSession: (session: SessionView) => void;
  /** Resolves to false, with `problem` set, when the server could not close the session. */
  signOut: () => Promise<boolean>;
};

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetchSession().then(
      (session) => {
        if (!cancelled) setState(session ? { status: "authenticated", session } : { status: "anonymous" });
      },
      (error: unknown) => {
        if (cancelled) return;
        setState({ status: "anonymous" });
        setProblem(messageOf(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await login(email, password);
    setState({ status: "authenticated", session });
    setProblem(null);
    return session;
  }, []);

  const adoptSession = useCallback((session: SessionView) => {
    setState({ status: "authenticated", session });
    setProblem(null);
  }, []);

  const signOut = useCallback(async () => {
    try {
      const providerLogout = await logout();
      // Signed in with ProConnect: signed out there too, and back to /connexion from there.
      if (providerLogout !== null) window.location.assign(providerLogout);
    } catch (error) {
      // An expired session is already closed; anything else leaves the user logged in.
      if (!(error instanceof ApiError && error.status === 401)) {
        setProblem(`La déconnexion a échoué. ${messageOf(error)}`);
        return false;
      }
    }
    setState({ status: "anonymous" });
    setProblem(null);
    return true;
  }, []);

  const dismissProblem = useCallback(() => setProblem(null), []);

  const value = useMemo(
    () => ({ state, problem, dismissProblem, signIn, adoptSession, signOut }),
    [state, problem, dismissProblem, signIn, adoptSession, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error("useSession must be used inside <SessionProvider>");
  return value;
}
