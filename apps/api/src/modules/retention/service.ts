import type { AuditService } from "../audit/service.ts";
import type { RetentionConfig } from "./config.ts";
import type { RetentionRepository } from "./repository.ts";

export interface PurgeResult {
  auditEntries: number;
  people: number;
  proposals: number;
  expiredAuth: number;
}

const DAY = 86_400_000;

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

interface Deps {
  repo: RetentionRepository;
  audit: AuditService;
  config: RetentionConfig;
}

/**
 * The retention purge (docs/decisions/0016-retention-periods.md): each kind of record is kept for
 * its period, then deleted; one audit entry per erased person (system actor) and one for
 * the whole run, with counts only.
 */
export function retentionService({ repo, audit, config }: Deps) {
  return {
    /** The periods applied (a person's data export states them, RGPD article 15). */
    periods: config,

    async purge(now = new Date()): Promise<PurgeResult> {
      const people = await repo.expiredPeople(monthsBefore(now, config.urgencePeopleMonths).toISOString());
      await repo.erasePeople(people.map((p) => p.id));
      const purpose = "durée de conservation échue";
      await audit.recordMany(
        people.map((p) => ({
          actor: null,
          action: "erase",
          resourceType: "urgence_person",
          resourceId: p.id,
          organisationId: p.organisation_id,
          purpose,
          outcome: "success" as const,
        })),
      );
      const daysBefore = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
      const proposals = await repo.deleteDecidedProposals(daysBefore(config.proposalsDays));
      const expiredAuth = await repo.deleteExpiredAuth(now.toISOString());
      const auditEntries = await repo.purgeAudit(daysBefore(config.auditDays));
      const result = { auditEntries, people: people.length, proposals, expiredAuth };
      await audit.record({
        actor: null,
        action: "retention_purge",
        resourceType: "retention",
        resourceId: null,
        organisationId: null,
        purpose:
          `${purpose} : ${result.people} personnes, ${result.proposals} propositions, ` + `${result.auditEntries} entrées du journal`,
        outcome: "success",
      });
      return result;
    },
  };
}

export type RetentionService = ReturnType<typeof retentionService>;
