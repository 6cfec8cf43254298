import type { RecordProposalKind } from "@zero/db";
import type { RecordChangeDecision, RecordChangeBody, RecordChangeList, RecordChangeView } from "@zero/schemas";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import type { PeopleService } from "../people/service.ts";
import type { ProposalRow, ProposalsRepository } from "./repository.ts";
import { urgenceError } from "../errors.ts";

function proposalView(row: ProposalRow): RecordChangeView {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind,
    changes: JSON.parse(row.changes_json) as Record<string, unknown>,
    reason: row.reason,
    proposedByOrganisationId: row.proposed_by_organisation_id,
    proposedAt: row.proposed_at,
    status: row.status,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
  };
}

interface Deps {
  repo: ProposalsRepository;
  access: UrgenceAccess;
  people: PeopleService;
  audit: AuditService;
}

/**
 * Renaming a person, marking them deceased and recording their consent belong to the
 * organisation that registered them and to the SIAO coordination (people/service.ts); an
 * organisation that only shares the record proposes the change here, and one of those
 * decides. Every step is audited with who, and the reason is kept with the proposal.
 */
export function proposalsService({ repo, access, people, audit }: Deps) {
  const record = (principal: Principal, action: string, personId: string, organisationId: string, purpose: string) =>
    audit.record({
      actor: principal,
      action,
      resourceType: "urgence_person",
      resourceId: personId,
      organisationId,
      purpose,
      outcome: "success",
    });

  /** The record, reached as its owner or its SIAO: the ones who decide. */
  async function decider(principal: Principal, personId: string) {
    const reached = await access.person(principal, personId, "urgence:person:write");
    if (reached.access !== "owner" && reached.access !== "siao") throw urgenceError("URGENCE_OWNER_ONLY");
    return reached.person;
  }

  async function apply(principal: Principal, row: ProposalRow, purpose: string): Promise<void> {
    const changes = JSON.parse(row.changes_json) as Record<string, unknown>;
    if (row.kind === "rename") await people.update(principal, row.person_id, { ...changes, purpose });
    else if (row.kind === "deceased") await people.changeStatus(principal, row.person_id, { status: "deceased", purpose });
    else
      await people.giveConsent(principal, row.person_id, {
        ...(changes as Omit<Parameters<PeopleService["giveConsent"]>[2], "purpose">),
        purpose,
      });
  }

  return {
    async propose(principal: Principal, personId: string, body: RecordChangeBody): Promise<RecordChangeView> {
      const { person, access: kind } = await access.person(principal, personId, "urgence:person:write");
      if (kind === "owner" || kind === "siao") throw urgenceError("URGENCE_PROPOSAL_NOT_NEEDED");
      const { kind: proposalKind, reason, purpose, ...changes } = body;
      const organisation = principal.memberships.find((m) => m.role !== "viewer") ?? principal.memberships[0]!;
      const row = await repo.create({
        personId,
        kind: proposalKind as RecordProposalKind,
        changes,
        reason,
        userId: principal.userId,
        organisationId: organisation.organisationId,
      });
      await record(principal, `proposal_${proposalKind}`, personId, person.organisation_id, purpose);
      return proposalView(row);
    },

    async list(principal: Principal, personId: string, purpose: string): Promise<RecordChangeList> {
      const person = await decider(principal, personId);
      const rows = await repo.ofPerson(personId);
      await record(principal, "read_proposals", personId, person.organisation_id, purpose);
      return { proposals: rows.map(proposalView) };
    },

    async decide(principal: Principal, proposalId: string, body: RecordChangeDecision): Promise<RecordChangeView> {
      const row = await repo.find(proposalId);
      if (!row) throw new AppError("NOT_FOUND");
      const person = await decider(principal, row.person_id);
      if (row.status !== "pending") throw urgenceError("URGENCE_PROPOSAL_DECIDED");
      // Applied first, as the decider: the same checks as a direct change (a failed one decides nothing).
      if (body.accept) await apply(principal, row, body.purpose);
      if (!(await repo.decide(row.id, body.accept ? "accepted" : "rejected", principal.userId, body.reason))) {
        throw urgenceError("URGENCE_PROPOSAL_DECIDED");
      }
      await record(principal, body.accept ? "proposal_accepted" : "proposal_rejected", row.person_id, person.organisation_id, body.purpose);
      return proposalView((await repo.find(row.id))!);
    },
  };
}

export type ProposalsService = ReturnType<typeof proposalsService>;
