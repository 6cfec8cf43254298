import { ConfigError } from "../../config.ts";

/** How long Urgence keeps what its retention rule deletes (stated in a person's data export). */
export interface UrgenceRetentionPeriods {
  /** A person not active and not met for this long is erased (RETENTION_URGENCE_MONTHS). */
  urgencePeopleMonths: number;
  /** Decided proposals of changes to a record are deleted after this (RETENTION_PROPOSALS_DAYS). */
  proposalsDays: number;
}

/** Urgence sociale's settings, read from the environment (docs/configuration.md). */
export interface UrgenceConfig {
  /** Minutes between two automatic runs of the inactivity rule; 0: at start only (URGENCE_INACTIVITY_INTERVAL_MINUTES). */
  inactivityIntervalMinutes: number;
  retention: UrgenceRetentionPeriods;
}

function whole(env: Readonly<NodeJS.ProcessEnv>, name: string, fallback: number, min: number, unit: string): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError(`${name} must be a whole number of ${unit} (${min} or more), got "${raw}"`);
  return value;
}

export function urgenceConfigFrom(env: Readonly<NodeJS.ProcessEnv>): UrgenceConfig {
  return {
    inactivityIntervalMinutes: whole(env, "URGENCE_INACTIVITY_INTERVAL_MINUTES", 360, 0, "minutes"),
    retention: {
      urgencePeopleMonths: whole(env, "RETENTION_URGENCE_MONTHS", 36, 1, "months"),
      proposalsDays: whole(env, "RETENTION_PROPOSALS_DAYS", 365, 1, "days"),
    },
  };
}
