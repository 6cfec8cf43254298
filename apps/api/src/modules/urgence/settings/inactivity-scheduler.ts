import { intervalJob, type JobLog } from "../../../interval-job.ts";
import { today } from "../shared.ts";
import type { SettingsService } from "./service.ts";

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
export function inactivityScheduler(settings: SettingsService, log: JobLog, options: InactivitySchedulerOptions) {
  const now = options.now ?? (() => new Date());
  return intervalJob(() => settings.applyInactivityEverywhere(today(now())), log, {
    intervalMs: options.intervalMinutes * 60_000,
    messages: { done: "urgence: inactivity rule applied", failed: "urgence: inactivity rule failed" },
    logged: (result) => ({ networks: result.networks, movedToInactive: result.movedToInactive }),
  });
}

export type InactivityScheduler = ReturnType<typeof inactivityScheduler>;
