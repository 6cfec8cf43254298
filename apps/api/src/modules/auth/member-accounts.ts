import { nowIso, uuidv7, type Database, type Role } from "@zero/db";
import type { Kysely } from "kysely";
import { AppError } from "../../errors/app-error.ts";
import { membershipAddedMessage } from "./mail/messages.ts";
import type { MailTransport } from "./mail/transport.ts";
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

export function memberAccounts(db: Kysely<Database>, mail: MailTransport, publicUrl: string) {
  return {
    /**
     * Creates the account, or gives the existing one a membership; `created` is for the audit
     * entry that only the platform reads, never for the answer to the admin.
     */
    async addMemberAccount(input: NewMemberInput): Promise<{ userId: string; created: boolean }> {
      const context = { email: input.email, displayName: input.displayName };
      const passwordHash = await hashNewPassword(input.password, context);
      const existing = await db.selectFrom("users").select("id").where("email", "=", input.email).executeTakeFirst();
      const now = nowIso();
      if (!existing) {
        const id = uuidv7();
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto("users")
            .values({
              id,
              email: input.email,
              display_name: input.displayName,
              password_hash: passwordHash,
              created_at: now,
              disabled_at: null,
            })
            .execute();
          await trx
            .insertInto("memberships")
            .values({ user_id: id, organisation_id: input.organisationId, role: input.role, created_at: now })
            .execute();
        });
        return { userId: id, created: true };
      }
      const member = await db
        .selectFrom("memberships")
        .select("user_id")
        .where("user_id", "=", existing.id)
        .where("organisation_id", "=", input.organisationId)
        .executeTakeFirst();
      if (member) throw new AppError("EMAIL_TAKEN");
      await db
        .insertInto("memberships")
        .values({ user_id: existing.id, organisation_id: input.organisationId, role: input.role, created_at: now })
        .execute();
      try {
        await mail.send(membershipAddedMessage(input.email, input.organisationName, `${publicUrl}/connexion`));
      } catch {
        // The membership stands without the notice: the person sees the organisation at the next login.
      }
      return { userId: existing.id, created: false };
    },
  };
}
