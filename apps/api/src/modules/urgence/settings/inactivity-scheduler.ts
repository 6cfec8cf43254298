import { today } from "../shared.ts";
import type { SettingsService } from "./service.ts";

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface InactivitySchedulerOptions {
  /** Minutes between two runs; 0 runs the rule at start only. */
  intervalMinutes: number;
  /** The clock (tests pass a fake one). */
  now?: () => Date;
}

/**
 * Applies every network's inactivity policy at server start, then every `intervalMinutes`
 * (URGENCE_INACTIVITY_INTERVAL_MINUTES, docs/configuration.md). The changes are audited as
 * system actions (settings/service.ts); the log says how many, never who.
 */
export function inactivityScheduler(settings: SettingsService, log: Log, options: InactivitySchedulerOptions) {
  const now = options.now ?? (() => new Date());
  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<unknown> | null = null;

  /** One run; a run still in progress is not doubled. */
  async function tick(): Promise<{ networks: number; movedToInactive: number } | null> {
    if (running) return null;
    const run = settings.applyInactivityEverywhere(today(now()));
    running = run;
    try {
      const result = await run;
      log.info({ networks: result.networks, movedToInactive: result.movedToInactive }, "urgence: inactivity rule applied");
      return result;
    } catch (error) {
      log.error({ err: error instanceof Error ? error.message : String(error) }, "urgence: inactivity rule failed");
      return null;
    } finally {
      running = null;
    }
  }

  return {
    tick,
    async start(): Promise<void> {
      await tick();
      if (options.intervalMinutes > 0) {
        timer = setInterval(() => void tick(), options.intervalMinutes * 60_000);
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

export type InactivityScheduler = ReturnType<typeof inactivityScheduler>;
