import { nowIso, uuidv7, type Role } from "@zero/db";
import { AppError } from "../../errors/app-error.ts";
import { membershipAddedMessage } from "./mail/messages.ts";
import type { MailTransport } from "./mail/transport.ts";
import type { MemberAccountsRepository } from "./member-accounts-repository.ts";
import { hashNewPassword } from "./passwords.ts";

// The account behind "Ajouter un membre" (issue 11, attack 10: EMAIL_TAKEN told an admin which
// e-mails had an account elsewhere). An admin now learns nothing of other organisations:
// - a new e-mail: the account is created with the password the admin chose;
// - an e-mail whose account is in other organisations only: the same answer, and that account
//   joins this organisation with the role; its password is NOT changed (an admin never sets the
//   password of an account that exists elsewhere: that would be taking it over), and the person
//   is told by mail that they were added;
// - an e-mail already a member of this very organisation: EMAIL_TAKEN, which the admin's own
//   member list says anyway.
// Both first cases check the password's rules and hash it, so that neither the answer nor its
// duration differs.

export interface NewMemberInput {
  organisationId: string;
  organisationName: string;
  /** Trimmed and lowercased by the caller, as stored. */
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export type MemberAccounts = ReturnType<typeof memberAccounts>;

export function memberAccounts(repo: MemberAccountsRepository, mail: MailTransport, publicUrl: string) {
  return {
    /**
     * Creates the account, or gives the existing one a membership; `created` is for the audit
     * entry that only the platform reads, never for the answer to the admin.
     */
    async addMemberAccount(input: NewMemberInput): Promise<{ userId: string; created: boolean }> {
      const context = { email: input.email, displayName: input.displayName };
      const passwordHash = await hashNewPassword(input.password, context);
      const existingId = await repo.userIdByEmail(input.email);
      const now = nowIso();
      if (existingId === null) {
        const id = uuidv7();
        await repo.createUserWithMembership({
          id,
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          organisationId: input.organisationId,
          role: input.role,
          now,
        });
        return { userId: id, created: true };
      }
      if (await repo.isMember(existingId, input.organisationId)) throw new AppError("EMAIL_TAKEN");
      await repo.addMembership(existingId, input.organisationId, input.role, now);
      try {
        await mail.send(membershipAddedMessage(input.email, input.organisationName, `${publicUrl}/connexion`));
      } catch {
        // The membership stands without the notice: the person sees the organisation at the next login.
      }
      return { userId: existingId, created: false };
    },
  };
}
