import { useCallback, useEffect, useRef, useState } from "react";
import { messageOf } from "./error-message.ts";

export type LoadState<T> = { status: "loading" } | { status: "failed"; message: string } | { status: "loaded"; data: T };

type Loaded<T> = {
  /** "loading" only until the first answer: a reload keeps the last data (or failure) on screen. */
  state: LoadState<T>;
  /** The data of the last load that succeeded, kept after a failed reload (undefined before the first). */
  data: T | undefined;
  /** Loads again; resolves once that load has succeeded or failed (its failure is in `state`). */
  reload: () => Promise<void>;
};

/**
 * The one way a page loads what it shows: `load()` at once, again when `key` changes or on
 * `reload()`. A failure becomes a French message (`messageOf`); an answer that arrives after
 * the key changed, or after the page left, is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  const [data, setData] = useState<T | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const waiting = useRef<(() => void)[]>([]);

  useEffect(() => {
    let cancelled = false;
    const settle = () => {
      const resolvers = waiting.current;
      waiting.current = [];
      for (const resolve of resolvers) resolve();
    };
    load().then(
      (loaded) => {
        if (cancelled) return;
        setState({ status: "loaded", data: loaded });
        setData(() => loaded);
        settle();
      },
      (error: unknown) => {
        if (cancelled) return;
        setState({ status: "failed", message: messageOf(error) });
        settle();
      },
    );
    return () => {
      cancelled = true;
    };
    // `load` is a new closure on each render; `key` says when what it loads changes.
  }, [key, generation]);

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setGeneration((value) => value + 1);
      }),
    [],
  );
  return { state, data, reload };
}
