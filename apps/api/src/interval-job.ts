/** Where a job says what it did: counts only, never an id or a name. */
export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface IntervalJobOptions<R> {
  /** Milliseconds between two runs; 0 runs at start only. */
  intervalMs: number;
  /** The log lines of a run that ended and of one that failed. */
  messages: { done: string; failed: string };
  /** What of a run's result is logged (all of it unless given). */
  logged?: (result: R) => object;
}

/**
 * A background job of the server (the retention purge, a module's jobs): one run at start, then
 * one every `intervalMs`; a run still in progress is not doubled; `stop` waits for it. A failed
 * run is logged and the next one is tried on time.
 */
export function intervalJob<R extends object>(run: () => Promise<R>, log: JobLog, options: IntervalJobOptions<R>) {
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<R> | null = null;

  /** One run; null when one was already running or when it failed. */
  async function tick(): Promise<R | null> {
    if (running) return null;
    const current = run();
    running = current;
    try {
      const result = await current;
      log.info(options.logged ? options.logged(result) : result, options.messages.done);
      return result;
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, options.messages.failed);
      return null;
    } finally {
      running = null;
    }
  }

  return {
    tick,
    async start(): Promise<void> {
      await tick();
      if (options.intervalMs > 0) {
        timer = setInterval(() => void tick(), options.intervalMs);
        timer.unref();
      }
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
