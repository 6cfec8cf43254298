// The platform's retention periods (each module reads its own: its config.ts), read from the environment by config.ts (docs/configuration.md,
// docs/decisions/0016-retention-periods.md). The daily purge (scheduler.ts) applies them.

export interface RetentionConfig {
  /** Audit entries older than this are deleted (RETENTION_AUDIT_DAYS). */
  auditDays: number;
  /** Hours between two purges; 0: only at start (RETENTION_INTERVAL_HOURS). */
  intervalHours: number;
}

type Fail = (message: string) => Error;

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, fail: Fail): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw fail(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

export function retentionConfigFrom(env: NodeJS.ProcessEnv, fail: Fail): RetentionConfig {
  return {
    auditDays: whole(env, "RETENTION_AUDIT_DAYS", 365, 30, fail),
    intervalHours: whole(env, "RETENTION_INTERVAL_HOURS", 24, 0, fail),
  };
}
