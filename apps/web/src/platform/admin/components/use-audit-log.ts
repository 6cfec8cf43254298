import type { AuditEntryView } from "@zero/schemas";
import { useCallback, useEffect, useRef, useState } from "react";
import { fetchAuditPage, type AuditFilters } from "../api.ts";
import { messageOf } from "../../../data/error-message.ts";

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogState = {
  entries: AuditEntryView[];
  /** The cursor of the next (older) page, null at the end of the log. */
  nextCursor: string | null;
  status: "loading" | "idle" | "loading-more";
  error: string | null;
};

const INITIAL: AuditLogState = { entries: [], nextCursor: null, status: "loading", error: null };

/**
 * The newest audit entries matching `filters`, reloaded whenever `revision` changes (the
 * page bumps it after an action that the server audits), and older pages on `loadMore()`.
 */
export function useAuditLog(organisationId: string, filters: AuditFilters, revision: number) {
  const [state, setState] = useState<AuditLogState>(INITIAL);
  // Bumped at each reload, so that an older page arriving late is not added to a new list.
  const generation = useRef(0);

  useEffect(() => {
    let cancelled = false;
    generation.current += 1;
    setState((current) => ({ ...current, status: "loading", error: null }));
    fetchAuditPage(organisationId, filters, { limit: AUDIT_PAGE_SIZE }).then(
      (page) => {
        if (!cancelled) setState({ entries: page.entries, nextCursor: page.nextCursor, status: "idle", error: null });
      },
      (error: unknown) => {
        if (!cancelled) setState({ ...INITIAL, status: "idle", error: messageOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [organisationId, filters, revision]);

  const loadMore = useCallback(() => {
    if (state.nextCursor === null || state.status !== "idle") return;
    const before = state.nextCursor;
    const started = generation.current;
    setState((current) => ({ ...current, status: "loading-more", error: null }));
    fetchAuditPage(organisationId, filters, { limit: AUDIT_PAGE_SIZE, before }).then(
      (page) => {
        if (started !== generation.current) return;
        setState((current) => ({
          entries: [...current.entries, ...page.entries],
          nextCursor: page.nextCursor,
          status: "idle",
          error: null,
        }));
      },
      (error: unknown) => {
        if (started === generation.current) setState((current) => ({ ...current, status: "idle", error: messageOf(error) }));
      },
    );
  }, [organisationId, filters, state.nextCursor, state.status]);

  return { state, loadMore };
}
