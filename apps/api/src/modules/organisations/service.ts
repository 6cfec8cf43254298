import type { Role } from "@zero/db";
import type { CreateMemberBody, MemberView, OrganisationView, UpdateMemberBody } from "@zero/schemas";
import { authorize, type RoleRules } from "../../authz/policy.ts";
import type { Principal } from "../../authz/principal.ts";
import { AppError } from "../../errors/app-error.ts";
import type { AuditService } from "../audit/service.ts";
import type { MemberAccounts } from "../auth/member-accounts.ts";
import type { OrganisationsRepository } from "./repository.ts";

interface Deps {
  repo: OrganisationsRepository;
  audit: AuditService;
  /** Every module's bounds on its roles (authz/policy.ts, composeRoleRules). */
  roleRules: RoleRules;
  accounts: MemberAccounts;
}

export function organisationsService({ repo, audit, roleRules, accounts }: Deps) {
  /** The bounds on a grant: the organisation's kind, then its network's admission. */
  async function checkGrant(organisationId: string, kind: string, role: Role): Promise<void> {
    if (!roleRules.grantableIn(role, kind)) throw new AppError("ROLE_NOT_GRANTABLE");
    if (!(await roleRules.admitted(organisationId, role))) throw new AppError("ROLE_NOT_ADMITTED");
  }

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
      return rows.map((r) => ({
        userId: r.id,
        email: r.email,
        displayName: r.display_name,
        role: r.role,
        disabled: r.disabled_at !== null,
      }));
    },

    async addMember(principal: Principal, organisationId: string, body: CreateMemberBody): Promise<MemberView> {
      authorize(principal, "organisation:members:manage", organisationId);
      const organisation = await existing(organisationId);
      await checkGrant(organisationId, organisation.kind, body.role as Role);
      const email = body.email.trim().toLowerCase();
      // A new account, or an account of another organisation joining this one: the same answer
      // and the same audit entry, so that an admin learns nothing of other organisations
      // (auth/member-accounts.ts). EMAIL_TAKEN only for a member of this very organisation.
      const { userId } = await accounts.addMemberAccount({
        organisationId,
        organisationName: organisation.name,
        email,
        displayName: body.displayName.trim(),
        role: body.role as Role,
        password: body.password,
      });
      await audit.record({
        actor: principal,
        action: "create",
        resourceType: "membership",
        resourceId: userId,
        organisationId,
        purpose: body.purpose,
        outcome: "success",
      });
      return { userId, email, displayName: body.displayName.trim(), role: body.role, disabled: false };
    },

    /**
     * Demote, promote, disable or re-enable a member. Never one's own membership (an admin
     * cannot widen, nor lock out, itself); the new or re-enabled role passes the same bounds
     * as a grant (organisation kind, network admission).
     */
    async updateMember(principal: Principal, organisationId: string, userId: string, body: UpdateMemberBody) {
      authorize(principal, "organisation:members:manage", organisationId);
      const organisation = await existing(organisationId);
      const current = await repo.membership(organisationId, userId);
      if (!current) throw new AppError("NOT_FOUND");
      if (userId === principal.userId) throw new AppError("SELF_GRANT");
      const role = (body.role ?? current.role) as Role;
      const disabled = body.disabled ?? current.disabled_at !== null;
      if (!disabled && (role !== current.role || current.disabled_at !== null)) {
        await checkGrant(organisationId, organisation.kind, role);
      }
      const disabledAt = disabled ? (current.disabled_at ?? new Date().toISOString()) : null;
      await repo.updateMembership(organisationId, userId, { role, disabledAt });
      const changes = [
        ...(role !== current.role ? [`member_role_${current.role}_to_${role}`] : []),
        ...(disabled !== (current.disabled_at !== null) ? [disabled ? "member_disabled" : "member_enabled"] : []),
      ];
      for (const action of changes) {
        await audit.record({
          actor: principal,
          action,
          resourceType: "membership",
          resourceId: userId,
          organisationId,
          purpose: body.purpose,
          outcome: "success",
        });
      }
      const member = (await repo.members(organisationId)).find((m) => m.id === userId);
      if (!member) throw new AppError("NOT_FOUND");
      return { userId, email: member.email, displayName: member.display_name, role, disabled };
    },
  };
}

export type OrganisationsService = ReturnType<typeof organisationsService>;
