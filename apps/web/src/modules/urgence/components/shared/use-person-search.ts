import type { PersonView } from "@zero/schemas";
import { useCallback, useState } from "react";
import { searchPeople } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";

export type SearchState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "loaded"; people: PersonView[]; query: string };

/** Searches the by-name list on the server: name or alias (accents ignored), birth year ±1. */
export function usePersonSearch(purpose: string) {
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const search = useCallback(
    async (text: string, birthYear: number | null) => {
      setState({ status: "loading" });
      try {
        const page = await searchPeople({
          q: text.trim() || undefined,
          ...(birthYear === null ? {} : { birthYear, birthYearTolerance: 1 }),
          limit: 50,
          purpose,
        });
        setState({ status: "loaded", people: page.people, query: text.trim() });
      } catch (error) {
        setState({ status: "failed", message: messageOf(error) });
      }
    },
    [purpose],
  );
  return { state, search };
}
