import type { MemberView } from "@zero/schemas";
import { useCallback, useEffect, useState } from "react";
import { fetchMembers } from "../api/organisations.ts";
import { messageOf } from "../auth/session-context.tsx";

export type MembersState = { status: "loading" } | { status: "failed"; message: string } | { status: "loaded"; members: MemberView[] };

/**
 * The members of one organisation, loaded at once and again on `reload()`. Every read is
 * written to the audit log by the server: `onRead` lets the page refresh what shows it.
 */
export function useMembers(organisationId: string, onRead: () => void) {
  const [state, setState] = useState<MembersState>({ status: "loading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    fetchMembers(organisationId).then(
      (members) => {
        if (cancelled) return;
        setState({ status: "loaded", members });
        onRead();
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: "failed", message: messageOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [organisationId, generation, onRead]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
