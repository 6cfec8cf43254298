import { useCallback, useEffect, useState } from "react";
import { messageOf } from "../../auth/session-context.tsx";

export type LoadState<T> = { status: "loading" } | { status: "failed"; message: string } | { status: "loaded"; data: T };

/** Loads `load()` at once, again when `key` changes or on `reload()`; keeps the last data while reloading. */
export function useLoad<T>(load: () => Promise<T>, key: string) {
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (data) => {
        if (!cancelled) setState({ status: "loaded", data });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: "failed", message: messageOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
    // `load` is a new closure on each render; `key` says when what it loads changes.
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
