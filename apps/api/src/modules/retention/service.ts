import type { AuditService } from "../audit/service.ts";
import type { RetentionConfig } from "./config.ts";
import type { RetentionRepository } from "./repository.ts";
import type { RetentionRule } from "./rule.ts";

/** What a purge did: every module's counts (Urgence: people, proposals), expired logins, old audit entries. */
export type PurgeResult = Record<string, number> & { auditEntries: number; expiredAuth: number };

const DAY = 86_400_000;

interface Deps {
  repo: RetentionRepository;
  audit: AuditService;
  config: RetentionConfig;
  /** Each module's rule (`retention` in its manifest), in the order of the list. */
  rules: readonly RetentionRule[];
}

/**
 * The retention purge (docs/decisions/0016-retention-periods.md): each module's rule first
 * (each audits what it erases), then expired sessions, reset links and login steps, then
 * audit entries past their period; one audit entry for the whole run, with counts only.
 */
export function retentionService({ repo, audit, config, rules }: Deps) {
  return {
    /** The platform's periods (a person's data export states them with its module's, RGPD article 15). */
    periods: config,

    async purge(now = new Date()): Promise<PurgeResult> {
      const counts: Record<string, number> = {};
      const summaries: string[] = [];
      for (const rule of rules) {
        const run = await rule.purge(now);
        Object.assign(counts, run.counts);
        summaries.push(run.summary);
      }
      const expiredAuth = await repo.deleteExpiredAuth(now.toISOString());
      const auditEntries = await repo.purgeAudit(new Date(now.getTime() - config.auditDays * DAY).toISOString());
      await audit.record({
        actor: null,
        action: "retention_purge",
        resourceType: "retention",
        resourceId: null,
        organisationId: null,
        purpose: `durée de conservation échue : ${[...summaries, `${auditEntries} entrées du journal`].join(", ")}`,
        outcome: "success",
      });
      return { ...counts, expiredAuth, auditEntries };
    },
  };
}

export type RetentionService = ReturnType<typeof retentionService>;
