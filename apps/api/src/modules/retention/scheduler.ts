import type { RetentionService } from "./service.ts";

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Runs the retention purge at start, then every `intervalHours` (0: at start only); counts only in logs. */
export function retentionScheduler(service: RetentionService, log: Log, options: { intervalHours: number }) {
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<unknown> | null = null;

  async function tick() {
    if (running) return null;
    const run = service.purge();
    running = run;
    try {
      const result = await run;
      log.info(result, "retention purge done");
      return result;
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, "retention purge failed");
      return null;
    } finally {
      running = null;
    }
  }

  return {
    tick,
    async start(): Promise<void> {
      await tick();
      if (options.intervalHours > 0) {
        timer = setInterval(() => void tick(), options.intervalHours * 3_600_000);
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
