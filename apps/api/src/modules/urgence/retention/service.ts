import type { AuditService } from "../../audit/service.ts";
import type { RetentionRule, RetentionRun } from "../../retention/rule.ts";
import type { UrgenceRetentionPeriods } from "../config.ts";
import type { UrgenceRetentionRepository } from "./repository.ts";

const DAY = 86_400_000;

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

interface Deps {
  repo: UrgenceRetentionRepository;
  audit: AuditService;
  periods: UrgenceRetentionPeriods;
}

/**
 * Urgence's retention rule: a person not active and not met for `urgencePeopleMonths` is
 * erased, one audit entry each (system actor); decided proposals go after `proposalsDays`.
 */
export function urgenceRetention({ repo, audit, periods }: Deps): RetentionRule {
  return {
    name: "urgence",
    async purge(now: Date): Promise<RetentionRun> {
      const people = await repo.expiredPeople(monthsBefore(now, periods.urgencePeopleMonths).toISOString());
      await repo.erasePeople(people.map((p) => p.id));
      await audit.recordMany(
        people.map((p) => ({
          actor: null,
          action: "erase",
          resourceType: "urgence_person",
          resourceId: p.id,
          organisationId: p.organisation_id,
          purpose: "durée de conservation échue",
          outcome: "success" as const,
        })),
      );
      const proposals = await repo.deleteDecidedProposals(new Date(now.getTime() - periods.proposalsDays * DAY).toISOString());
      return { counts: { people: people.length, proposals }, summary: `${people.length} personnes, ${proposals} propositions` };
    },
  };
}
