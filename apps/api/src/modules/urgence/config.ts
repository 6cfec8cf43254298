import { ConfigError } from "../../config.ts";

/** Urgence sociale's settings, read from the environment (docs/configuration.md). */
export interface UrgenceConfig {
  /** Minutes between two automatic runs of the inactivity rule; 0: at start only (URGENCE_INACTIVITY_INTERVAL_MINUTES). */
  inactivityIntervalMinutes: number;
}

export function urgenceConfigFrom(env: Readonly<NodeJS.ProcessEnv>): UrgenceConfig {
  const name = "URGENCE_INACTIVITY_INTERVAL_MINUTES";
  const raw = env[name];
  if (raw === undefined || raw === "") return { inactivityIntervalMinutes: 360 };
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number of minutes (0 or more), got "${raw}"`);
  return { inactivityIntervalMinutes: value };
}
