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
import { authorize, type UrgencePermission } from "../permissions.ts";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { AccessKind, UrgenceAccess } from "../access.ts";
import { toJson, type AuditBatch } from "../shared.ts";
import type { PeopleRepository } from "./repository.ts";
import { buildTimeline } from "./timeline.ts";
import { latestConsents, personView, statusReason } from "./view.ts";
import { urgenceError } from "../errors.ts";

const DEFAULT_READ = "consultation de la liste nominative";

interface Deps {
  repo: PeopleRepository;
  access: UrgenceAccess;
  audit: AuditService;
  auditMany: AuditBatch;
}

export function peopleService({ repo, access, audit, auditMany }: Deps) {
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

  /**
   * The record, reached as the organisation that registered the person or as its SIAO
   * coordination: only they rename, mark deceased or record consent (issue 11, threat 4);
   * an organisation that shares the record gets URGENCE_OWNER_ONLY and proposes instead.
   */
  async function asOwner(principal: Principal, id: string) {
    const reached = await access.person(principal, id, "urgence:person:write");
    if (reached.access !== "owner" && reached.access !== "siao") throw urgenceError("URGENCE_OWNER_ONLY");
    return reached;
  }

  /** Whether the principal reaches the record with `permission` (no error: a yes or a no). */
  async function reaches(principal: Principal, id: string, permission: UrgencePermission, routes?: AccessKind[]): Promise<boolean> {
    try {
      await access.person(principal, id, permission, routes);
      return true;
    } catch (error) {
      if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return false;
      throw error;
    }
  }

  async function view(principal: Principal, id: string, purpose: string, audited = true): Promise<PersonView> {
    const { person, access: kind } = await access.person(principal, id, "urgence:person:read");
    const consent = latestConsents(await repo.consentsOf([id])).get(id);
    if (audited) await record(principal, "read", id, person.organisation_id, purpose);
    // The record it was merged into is named only to those who reach that record too.
    const mergedInto =
      person.merged_into_id && (await reaches(principal, person.merged_into_id, "urgence:person:read")) ? person.merged_into_id : null;
    return personView({ ...person, merged_into_id: mergedInto }, consent, kind);
  }

  /**
   * Audiences must name the network of the organisation that records the consent (and holds
   * the record), or organisations of that network: a consent never opens a record elsewhere.
   */
  async function checkAudiences(
    body: { audiences: { type: string; id: string }[] },
    recordingOrganisationId: string,
    ownerOrganisationId: string,
  ) {
    if (body.audiences.some((a) => !a.id)) throw new AppError("VALIDATION_FAILED");
    if (body.audiences.length === 0) return;
    const networks = await access.networksOf([
      ...new Set([
        recordingOrganisationId,
        ownerOrganisationId,
        ...body.audiences.filter((a) => a.type === "organisation").map((a) => a.id),
      ]),
    ]);
    const network = networks.get(recordingOrganisationId);
    const inside = (a: { type: string; id: string }) => (a.type === "network" ? a.id === network : networks.get(a.id) === network);
    if (!network || networks.get(ownerOrganisationId) !== network || !body.audiences.every(inside)) {
      throw urgenceError("URGENCE_AUDIENCE_OUTSIDE_NETWORK");
    }
  }

  /** A consent's date: normalised to ISO-8601 UTC, never in the future; the server's time by default. */
  function consentDate(givenAt: string | undefined, now: string): string {
    if (givenAt === undefined) return now;
    const at = new Date(givenAt);
    // JavaScript rolls impossible days over (30 February → 2 March): the calendar day must exist.
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(givenAt);
    const calendar = day
      ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).toISOString().slice(0, 10) === day[0]
      : true;
    const problem =
      Number.isNaN(at.getTime()) || !calendar ? "date invalide" : at.getTime() > Date.parse(now) ? "date dans le futur" : null;
    if (problem) throw new AppError("VALIDATION_FAILED", { details: [{ in: "body", path: "/givenAt", problem }] });
    return at.toISOString();
  }

  return {
    async create(principal: Principal, body: CreatePersonBody): Promise<PersonView> {
      authorize(principal, "urgence:person:write", body.organisationId);
      if (!body.alias?.trim() && !body.firstName?.trim() && !body.lastName?.trim()) {
        throw urgenceError("URGENCE_NAME_REQUIRED");
      }
      const now = nowIso();
      const givenAt = body.consent ? consentDate(body.consent.givenAt, now) : now;
      if (body.consent) await checkAudiences(body.consent, body.organisationId, body.organisationId);
      const id = uuidv7();
      const names = {
        alias: body.alias?.trim() || null,
        first_name: body.firstName?.trim() || null,
        last_name: body.lastName?.trim() || null,
      };
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
              givenAt,
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
        rows.map((r) => ({
          actor: principal,
          action: "read",
          resourceType: "urgence_person",
          resourceId: r.id,
          organisationId: r.organisation_id,
          purpose,
        })),
      );
      const networks = await access.networksOf([...new Set(rows.map((r) => r.organisation_id))]);
      const people = rows.map((r) => {
        const consent = consents.get(r.id);
        const covered =
          !!consent &&
          !consent.withdrawn_at &&
          consent.audiences.some((a) =>
            a.audience_type === "organisation"
              ? grants.consentOrgs.includes(a.audience_id)
              : grants.consentNetworks.includes(a.audience_id),
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
      const renamed = next.alias !== person.alias || next.first_name !== person.first_name || next.last_name !== person.last_name;
      if (renamed) await asOwner(principal, id);
      if (!next.alias?.trim() && !next.first_name?.trim() && !next.last_name?.trim()) {
        throw urgenceError("URGENCE_NAME_REQUIRED");
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
      if (from === to) throw urgenceError("URGENCE_INVALID_TRANSITION");
      if (to === "deceased") await asOwner(principal, id);
      if (from === "deceased") {
        // A death recorded by mistake is undone by the SIAO coordination only, with its reason.
        if (!(await reaches(principal, id, "urgence:person:write", ["siao"]))) throw urgenceError("URGENCE_COORDINATION_ONLY");
        const reason = body.reason?.trim();
        if (!reason || reason.length < 3) throw urgenceError("URGENCE_REASON_REQUIRED");
        await repo.setStatus(id, from, to, `correction : ${reason}`, principal.userId);
        await record(principal, "deceased_reverted", id, person.organisation_id, body.purpose);
        return view(principal, id, body.purpose, false);
      }
      await repo.setStatus(id, from, to, statusReason(from, to), principal.userId);
      await record(principal, "update_status", id, person.organisation_id, body.purpose);
      return view(principal, id, body.purpose, false);
    },

    async giveConsent(principal: Principal, id: string, body: ConsentBody): Promise<PersonView> {
      const { person } = await asOwner(principal, id);
      const givenAt = consentDate(body.givenAt, nowIso());
      const membership = principal.memberships.find((m) => m.organisationId === person.organisation_id) ?? principal.memberships[0]!;
      await checkAudiences(body, membership.organisationId, person.organisation_id);
      await repo.giveConsent(id, {
        purposes: body.purposes,
        audiences: body.audiences,
        givenAt,
        userId: principal.userId,
        organisationId: membership.organisationId,
      });
      await record(principal, "consent_given", id, person.organisation_id, body.purpose);
      return view(principal, id, body.purpose, false);
    },

    async withdrawConsent(principal: Principal, id: string, consentId: string, purpose: string): Promise<void> {
      const { person } = await asOwner(principal, id);
      const consent = await repo.findConsent(id, consentId);
      if (!consent) throw new AppError("NOT_FOUND");
      if (consent.withdrawn_at) throw urgenceError("URGENCE_CONSENT_WITHDRAWN");
      await repo.withdrawConsent(consentId, principal.userId);
      // After a withdrawal the record may no longer be visible to the actor: answer nothing.
      await record(principal, "consent_withdrawn", id, person.organisation_id, purpose);
    },

    /** Everything that happened to the person (and to records merged into it), audited. */
    async timeline(principal: Principal, id: string, purpose?: string): Promise<Timeline> {
      const { person } = await access.person(principal, id, "urgence:person:read");
      // The group (the kept record and its duplicates), limited to the records the caller reaches.
      const group = await repo.group(person.merged_into_id ?? person.id);
      const shown: string[] = [];
      for (const member of group) if (member === id || (await reaches(principal, member, "urgence:person:read"))) shown.push(member);
      const owners = new Map((await repo.organisationsOf(shown)).map((r) => [r.id, r.organisation_id]));
      const items = buildTimeline(await repo.timeline(shown));
      await auditMany(
        shown.map((member) => ({
          actor: principal,
          action: "read_timeline",
          resourceType: "urgence_person",
          resourceId: member,
          organisationId: owners.get(member) ?? person.organisation_id,
          purpose: purpose ?? DEFAULT_READ,
        })),
      );
      return { personId: id, items };
    },

    /** The only deletion: the person's records and all that hangs on them, audited. */
    async erase(principal: Principal, id: string, purpose: string): Promise<void> {
      const { person } = await access.person(principal, id, "urgence:person:erase", ["owner", "siao"]);
      // A duplicate is erased alone; the kept record takes the duplicates the caller may erase,
      // and the others stand on their own again (split).
      const erased = [id];
      const detached: string[] = [];
      if (!person.merged_into_id) {
        for (const duplicate of (await repo.group(id)).slice(1)) {
          if (await reaches(principal, duplicate, "urgence:person:erase", ["owner", "siao"])) erased.push(duplicate);
          else detached.push(duplicate);
        }
      }
      const owners = new Map((await repo.organisationsOf([...erased, ...detached])).map((r) => [r.id, r.organisation_id]));
      await repo.erase(erased, detached);
      await auditMany([
        ...erased.map((e) => ({
          actor: principal,
          action: "erase",
          resourceType: "urgence_person",
          resourceId: e,
          organisationId: owners.get(e)!,
          purpose,
        })),
        ...detached.map((d) => ({
          actor: principal,
          action: "split",
          resourceType: "urgence_person",
          resourceId: d,
          organisationId: owners.get(d)!,
          purpose,
        })),
      ]);
    },
  };
}

export type PeopleService = ReturnType<typeof peopleService>;
