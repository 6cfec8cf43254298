import type { Database } from "@zero/db";
import type { Kysely } from "kysely";
import type { AppConfig } from "../../config.ts";
import type { AuditService } from "../audit/service.ts";
import { accountRepository } from "./account-repository.ts";
import { accountService } from "./account-service.ts";
import { loginThrottle } from "./login-throttle.ts";
import { mailTransport } from "./mail/transport.ts";
import { memberAccountsRepository } from "./member-accounts-repository.ts";
import { memberAccounts } from "./member-accounts.ts";
import type { AuthRepository } from "./repository.ts";
import type { SessionPolicy } from "./service.ts";

/**
 * The account security pieces, built once per app (services.ts): the session policy and the
 * failed-login counter the password login uses, the mail transport, and the account service
 * (password change and reset, session list) that shares the same counter; and the account behind
 * "Ajouter un membre" (member-accounts.ts), for the organisations service.
 */
export function accountSecurity(db: Kysely<Database>, config: AppConfig, audit: AuditService, authRepo: AuthRepository) {
  const repo = accountRepository(db);
  const throttle = loginThrottle(config.account.login);
  const mail = mailTransport(config.account.mail);
  const policy: SessionPolicy = {
    idleMinutes: config.account.sessionIdleMinutes,
    maxSessionsPerUser: config.account.maxSessionsPerUser,
    throttle,
    accountRepo: repo,
  };
  const account = accountService({ repo, authRepo, audit, mail, throttle, config: config.account });
  return { policy, account, mail, memberAccounts: memberAccounts(memberAccountsRepository(db), mail, config.account.mail.publicUrl) };
}
