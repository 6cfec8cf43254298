import type { Role } from "@zero/db";
import type { CreateMemberBody, MemberView, OrganisationView } from "@zero/schemas";
import { authorize, roleGrantableIn } from "../../authz/policy.ts";
import type { Principal } from "../../authz/principal.ts";
import { AppError } from "../../errors/app-error.ts";
import type { AuditService } from "../audit/service.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { OrganisationsRepository } from "./repository.ts";

export function organisationsService(repo: OrganisationsRepository, audit: AuditService) {
  async function existing(organisationId: string) {
    const organisation = await repo.findById(organisationId);
    if (!organisation) throw new AppError("NOT_FOUND");
    return organisation;
  }

  return {
    async get(principal: Principal, organisationId: string): Promise<OrganisationView> {
      authorize(principal, "organisation:read", organisationId);
      return existing(organisationId);
    },

    /** Members are people (agents): every read is audited. */
    async members(principal: Principal, organisationId: string): Promise<MemberView[]> {
      authorize(principal, "organisation:members:read", organisationId);
      await existing(organisationId);
      const rows = await repo.members(organisationId);
      await audit.record({
        actor: principal,
        action: "read",
        resourceType: "organisation_members",
        resourceId: organisationId,
        organisationId,
        purpose: "consultation des membres de l'organisation",
        outcome: "success",
      });
      return rows.map((r) => ({ userId: r.id, email: r.email, displayName: r.display_name, role: r.role }));
    },

    async addMember(principal: Principal, organisationId: string, body: CreateMemberBody): Promise<MemberView> {
      authorize(principal, "organisation:members:manage", organisationId);
      const organisation = await existing(organisationId);
      if (!roleGrantableIn(body.role as Role, organisation.kind)) throw new AppError("ROLE_NOT_GRANTABLE");
      const email = body.email.trim().toLowerCase();
      if (await repo.emailExists(email)) throw new AppError("EMAIL_TAKEN");
      const userId = await repo.createMember({
        organisationId,
        email,
        displayName: body.displayName.trim(),
        role: body.role as Role,
        passwordHash: await hashPassword(body.password),
      });
      await audit.record({
        actor: principal,
        action: "create",
        resourceType: "user",
        resourceId: userId,
        organisationId,
        purpose: body.purpose,
        outcome: "success",
      });
      return { userId, email, displayName: body.displayName.trim(), role: body.role };
    },
  };
}

export type OrganisationsService = ReturnType<typeof organisationsService>;
