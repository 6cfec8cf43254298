import { intervalJob, type JobLog } from "../../interval-job.ts";
import type { RetentionService } from "./service.ts";

/** Runs the retention purge at start, then every `intervalHours` (0: at start only); counts only in logs. */
export function retentionScheduler(service: RetentionService, log: JobLog, options: { intervalHours: number }) {
  return intervalJob(() => service.purge(), log, {
    intervalMs: options.intervalHours * 3_600_000,
    messages: { done: "retention purge done", failed: "retention purge failed" },
  });
}
