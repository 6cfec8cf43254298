/** What one module's part of the retention purge did: counts by kind of record, and a French summary for the audit entry. */
export interface RetentionRun {
  counts: Record<string, number>;
  /** « 3 personnes, 0 propositions »: counts only, never an id or a name. */
  summary: string;
}

/**
 * A module's records kept for their period, then deleted (docs/decisions/0016-retention-periods.md,
 * 0023): each module declares its rule in its manifest; the platform's purge runs them in the
 * order of the list, then deletes expired logins and old audit entries.
 */
export interface RetentionRule {
  readonly name: string;
  purge(now: Date): Promise<RetentionRun>;
}
