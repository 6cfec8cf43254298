// Retention periods, read from the environment by config.ts (docs/configuration.md,
// docs/decisions/0016-retention-periods.md). The daily purge (scheduler.ts) applies them.

export interface RetentionConfig {
  /** Audit entries older than this are deleted (RETENTION_AUDIT_DAYS). */
  auditDays: number;
  /** A person not active and not met for this long is erased (RETENTION_URGENCE_MONTHS). */
  urgencePeopleMonths: number;
  /** Decided proposals of changes to a record are deleted after this (RETENTION_PROPOSALS_DAYS). */
  proposalsDays: number;
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
    urgencePeopleMonths: whole(env, "RETENTION_URGENCE_MONTHS", 36, 1, fail),
    proposalsDays: whole(env, "RETENTION_PROPOSALS_DAYS", 365, 1, fail),
    intervalHours: whole(env, "RETENTION_INTERVAL_HOURS", 24, 0, fail),
  };
}
