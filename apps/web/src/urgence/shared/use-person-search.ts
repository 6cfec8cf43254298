import type { PersonView } from "@zero/schemas";
import { useCallback, useState } from "react";
import { searchPeople } from "../../api/urgence.ts";
import { messageOf } from "../../auth/session-context.tsx";

export type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "loaded"; people: PersonView[]; query: string };

/** Searches the by-name list (name or alias on the server, birth year here: the API has no such filter). */
export function usePersonSearch(purpose: string) {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const search = useCallback(
    async (text: string, birthYear: number | null) => {
      setState({ status: "loading" });
      try {
        const page = await searchPeople({ q: text.trim() || undefined, limit: 50, purpose });
        const people = birthYear === null ? page.people : page.people.filter((p) => p.birthYear !== null && Math.abs(p.birthYear - birthYear) <= 1);
        setState({ status: "loaded", people, query: text.trim() });
      } catch (error) {
        setState({ status: "failed", message: messageOf(error) });
      }
    },
    [purpose],
  );
  return { state, search };
}
