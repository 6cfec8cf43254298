import { nowIso, personSearchText, uuidv7, type ListStatus } from "@zero/db";
import type {
  ConsentBody,
  CreatePersonBody,
  PeoplePage,
  PeopleQuery,
  PersonView,
  StatusChangeBody,
  Timeline,
  UpdatePersonBody,
} from "@zero/schemas";
import { authorize } from "../../../authz/policy.ts";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { AccessKind, UrgenceAccess } from "../access.ts";
import { toJson, type AuditBatch } from "../shared.ts";
import type { PeopleRepository } from "./repository.ts";
import { buildTimeline } from "./timeline.ts";
import { latestConsents, personView, statusReason } from "./view.ts";

const DEFAULT_READ = "consultation de la liste nominative";

export function peopleService(repo: PeopleRepository, access: UrgenceAccess, audit: AuditService, auditMany: AuditBatch) {
  async function record(principal: Principal, action: string, personId: string, organisationId: string, purpose: string) {
    await audit.record({
      actor: principal,
      action,
      resourceType: "urgence_person",
      resourceId: personId,
      organisationId,
      purpose,
      outcome: "success",
    });
  }

  async function view(principal: Principal, id: string, purpose: string, audited = true): Promise<PersonView> {
    const { person, access: kind } = await access.person(principal, id, "urgence:person:read");
    const consent = latestConsents(await repo.consentsOf([id])).get(id);
    if (audited) await record(principal, "read", id, person.organisation_id, purpose);
    return personView(person, consent, kind);
  }

  function checkAudiences(body: { audiences: { type: string; id: string }[] }) {
    if (body.audiences.some((a) => !a.id)) throw new AppError("VALIDATION_FAILED");
  }

  return {
    async create(principal: Principal, body: CreatePersonBody): Promise<PersonView> {
      authorize(principal, "urgence:person:write", body.organisationId);
      if (!body.alias?.trim() && !body.firstName?.trim() && !body.lastName?.trim()) {
        throw new AppError("URGENCE_NAME_REQUIRED");
      }
      if (body.consent) checkAudiences(body.consent);
      const now = nowIso();
      const id = uuidv7();
      const names = { alias: body.alias?.trim() || null, first_name: body.firstName?.trim() || null, last_name: body.lastName?.trim() || null };
      await repo.create(
        {
          id,
          organisation_id: body.organisationId,
          ...names,
          search_text: personSearchText(names),
          birth_year: body.birthYear ?? null,
          gender: body.gender ?? null,
          languages: toJson(body.languages),
          household_adults: body.householdAdults ?? 1,
          household_children: body.householdChildren ?? 0,
          needs: toJson(body.needs),
          list_status: "active",
          status_changed_at: now,
          first_contact_at: now,
          last_contact_at: now,
          merged_into_id: null,
          created_at: now,
          updated_at: now,
        },
        principal.userId,
        body.consent
          ? {
              purposes: body.consent.purposes,
              audiences: body.consent.audiences,
              givenAt: body.consent.givenAt ?? now,
              userId: principal.userId,
              organisationId: body.organisationId,
            }
          : null,
      );
      await record(principal, "create", id, body.organisationId, body.purpose);
      return view(principal, id, body.purpose, false);
    },

    /** Every person returned is one audited read. */
    async list(principal: Principal, q: PeopleQuery): Promise<PeoplePage> {
      const grants = await access.grants(principal, "urgence:person:read");
      if (!Object.values(grants).some((g) => g.length > 0)) {
        const member = principal.memberships.length > 0;
        throw new AppError(member ? "FORBIDDEN" : "NOT_FOUND");
      }
      const limit = q.limit ?? 100;
      const rows = await repo.list(grants, { ...q, limit });
      const consents = latestConsents(await repo.consentsOf(rows.map((r) => r.id)));
      const purpose = q.purpose ?? DEFAULT_READ;
      await auditMany(
        rows.map((r) => ({ actor: principal, action: "read", resourceType: "urgence_person", resourceId: r.id, organisationId: r.organisation_id, purpose })),
      );
      const networks = await access.networksOf([...new Set(rows.map((r) => r.organisation_id))]);
      const people = rows.map((r) => {
        const consent = consents.get(r.id);
        const covered = !!consent && !consent.withdrawn_at && consent.audiences.some((a) =>
          a.audience_type === "organisation" ? grants.consentOrgs.includes(a.audience_id) : grants.consentNetworks.includes(a.audience_id),
        );
        const kind: AccessKind = grants.ownerOrgs.includes(r.organisation_id)
          ? "owner"
          : grants.siaoNetworks.includes(networks.get(r.organisation_id) ?? "")
            ? "siao"
            : covered
              ? "consent"
              : "structure";
        return personView(r, consent, kind);
      });
      return { people, nextCursor: rows.length === limit ? (rows.at(-1)?.id ?? null) : null };
    },

    get(principal: Principal, id: string, purpose?: string): Promise<PersonView> {
      return view(principal, id, purpose ?? DEFAULT_READ);
    },

    async update(principal: Principal, id: string, body: UpdatePersonBody): Promise<PersonView> {
      const { person } = await access.person(principal, id, "urgence:person:write");
      const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
      const next = {
        alias: pick(body.alias, person.alias),
        first_name: pick(body.firstName, person.first_name),
        last_name: pick(body.lastName, person.last_name),
      };
      if (!next.alias?.trim() && !next.first_name?.trim() && !next.last_name?.trim()) {
        throw new AppError("URGENCE_NAME_REQUIRED");
      }
      await repo.update(id, {
        ...next,
        search_text: personSearchText(next),
        birth_year: pick(body.birthYear, person.birth_year),
        gender: pick(body.gender, person.gender),
        languages: body.languages ? toJson(body.languages) : person.languages,
        household_adults: pick(body.householdAdults, person.household_adults),
        household_children: pick(body.householdChildren, person.household_children),
        needs: body.needs ? toJson(body.needs) : person.needs,
      });
      await record(principal, "update", id, person.organisation_id, body.purpose);
      return view(principal, id, body.purpose, false);
    },

    async changeStatus(principal: Principal, id: string, body: StatusChangeBody): Promise<PersonView> {
      const { person } = await access.person(principal, id, "urgence:person:write");
      const from = person.list_status;
      const to = body.status as ListStatus;
      if (from === to || from === "deceased") throw new AppError("URGENCE_INVALID_TRANSITION");
      await repo.setStatus(id, from, to, statusReason(from, to), principal.userId);
      await record(principal, "update_status", id, person.organisation_id, body.purpose);
      return view(principal, id, body.purpose, false);
    },

    async giveConsent(principal: Principal, id: string, body: ConsentBody): Promise<PersonView> {
      const { person } = await access.person(principal, id, "urgence:person:write");
      checkAudiences(body);
      const membership = principal.memberships.find((m) => m.organisationId === person.organisation_id) ?? principal.memberships[0]!;
      await repo.giveConsent(id, {
        purposes: body.purposes,
        audiences: body.audiences,
        givenAt: body.givenAt ?? nowIso(),
        userId: principal.userId,
        organisationId: membership.organisationId,
      });
      await record(principal, "consent_given", id, person.organisation_id, body.purpose);
      return view(principal, id, body.purpose, false);
    },

    async withdrawConsent(principal: Principal, id: string, consentId: string, purpose: string): Promise<void> {
      const { person } = await access.person(principal, id, "urgence:person:write");
      const consent = await repo.findConsent(id, consentId);
      if (!consent) throw new AppError("NOT_FOUND");
      if (consent.withdrawn_at) throw new AppError("URGENCE_CONSENT_WITHDRAWN");
      await repo.withdrawConsent(consentId, principal.userId);
      // After a withdrawal the record may no longer be visible to the actor: answer nothing.
      await record(principal, "consent_withdrawn", id, person.organisation_id, purpose);
    },

    /** Everything that happened to the person (and to records merged into it), audited. */
    async timeline(principal: Principal, id: string, purpose?: string): Promise<Timeline> {
      const { person } = await access.person(principal, id, "urgence:person:read");
      const items = buildTimeline(await repo.timeline(await repo.group(person.merged_into_id ?? person.id)));
      await record(principal, "read_timeline", id, person.organisation_id, purpose ?? DEFAULT_READ);
      return { personId: id, items };
    },

    /** The only deletion: the person's records and all that hangs on them, audited. */
    async erase(principal: Principal, id: string, purpose: string): Promise<void> {
      const { person } = await access.person(principal, id, "urgence:person:erase", ["owner", "siao"]);
      const root = person.merged_into_id ?? person.id;
      const ids = await repo.group(root);
      await repo.erase(ids);
      for (const erased of ids) await record(principal, "erase", erased, person.organisation_id, purpose);
    },
  };
}

export type PeopleService = ReturnType<typeof peopleService>;
