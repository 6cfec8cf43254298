import type { DuplicateList, PersonView } from "@zero/schemas";
import type { Principal } from "../../../authz/principal.ts";
import type { AuditService } from "../../audit/service.ts";
import type { UrgenceAccess } from "../access.ts";
import type { PeopleRepository } from "../people/repository.ts";
import type { PeopleService } from "../people/service.ts";
import { personLabel } from "../people/view.ts";
import type { AuditBatch } from "../shared.ts";
import type { DuplicatesRepository } from "./repository.ts";
import { suggestDuplicates } from "./similarity.ts";
import { urgenceError } from "../errors.ts";

interface Deps {
  repo: DuplicatesRepository;
  people: PeopleRepository;
  peopleService: PeopleService;
  access: UrgenceAccess;
  audit: AuditService;
  auditMany: AuditBatch;
}

/** Suggestions, merge and split: for coordinators, each step audited. */
export function duplicatesService({ repo, people, peopleService, access, audit, auditMany }: Deps) {
  const record = (principal: Principal, action: string, id: string, organisationId: string, purpose: string) =>
    audit.record({ actor: principal, action, resourceType: "urgence_person", resourceId: id, organisationId, purpose, outcome: "success" });

  return {
    async suggestions(principal: Principal, networkId: string): Promise<DuplicateList> {
      await access.network(principal, "urgence:person:merge", networkId);
      const grants = await access.grants(principal, "urgence:person:merge");
      const rows = await repo.candidates(grants, networkId);
      const places = await repo.sectorsOf(rows.map((r) => r.id));
      const suggestions = suggestDuplicates(
        rows.map((r) => ({
          id: r.id,
          organisationId: r.organisation_id,
          names: [r.alias, [r.first_name, r.last_name].filter(Boolean).join(" ")].filter((n): n is string => !!n),
          birthYear: r.birth_year === null ? null : Number(r.birth_year),
          places: places.filter((p) => p.person_id === r.id).map((p) => p.sector!),
        })),
      ).slice(0, 200);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const shown = new Set(suggestions.flatMap((s) => [s.a, s.b]));
      await auditMany(
        [...shown].map((id) => ({
          actor: principal,
          action: "read",
          resourceType: "urgence_person",
          resourceId: id,
          organisationId: byId.get(id)!.organisation_id,
          purpose: "recherche de doublons",
        })),
      );
      const side = (id: string) => {
        const r = byId.get(id)!;
        return {
          id,
          label: personLabel(r),
          birthYear: r.birth_year === null ? null : Number(r.birth_year),
          organisationId: r.organisation_id,
        };
      };
      return { suggestions: suggestions.map((s) => ({ a: side(s.a), b: side(s.b), score: s.score, reasons: s.reasons })) };
    },

    /** `id` is merged into `intoId`: its history shows on `intoId`, nothing is moved or lost. */
    async merge(principal: Principal, id: string, intoId: string, purpose: string): Promise<PersonView> {
      if (id === intoId) throw urgenceError("URGENCE_MERGE_INVALID");
      // Only the SIAO coordinator of the records' network: consent alone never allows a merge.
      const { person } = await access.person(principal, id, "urgence:person:merge", ["siao"]);
      const { person: into } = await access.person(principal, intoId, "urgence:person:merge", ["siao"]);
      if (person.merged_into_id || into.merged_into_id) throw urgenceError("URGENCE_MERGE_INVALID");
      const children = await people.group(id);
      for (const child of children) await people.setMergedInto(child, intoId);
      await record(principal, "merge", id, person.organisation_id, purpose);
      await record(principal, "merge_target", intoId, into.organisation_id, purpose);
      return peopleService.get(principal, intoId, purpose);
    },

    /** Undoes a merge: the record stands on its own again, with its own history. */
    async split(principal: Principal, id: string, purpose: string): Promise<PersonView> {
      const { person } = await access.person(principal, id, "urgence:person:merge", ["siao"]);
      if (!person.merged_into_id) throw urgenceError("URGENCE_MERGE_INVALID");
      const { person: from } = await access.person(principal, person.merged_into_id, "urgence:person:merge", ["siao"]);
      await people.setMergedInto(id, null);
      await record(principal, "split", id, person.organisation_id, purpose);
      await record(principal, "split_from", from.id, from.organisation_id, purpose);
      return peopleService.get(principal, id, purpose);
    },
  };
}

export type DuplicatesService = ReturnType<typeof duplicatesService>;
