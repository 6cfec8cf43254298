import type { DatabaseHandle } from "@zero/db";
import { fieldCipher, resolveFieldKeyring } from "@zero/db/field-encryption";
import type { AppConfig } from "./config.ts";
import { auditRepository } from "./modules/audit/repository.ts";
import { auditService, type AuditService } from "./modules/audit/service.ts";
import { authRepository } from "./modules/auth/repository.ts";
import { proconnectClient } from "./modules/auth/proconnect/client.ts";
import { proconnectRepository } from "./modules/auth/proconnect/repository.ts";
import { proconnectService, type ProConnectService } from "./modules/auth/proconnect/service.ts";
import type { AccountService } from "./modules/auth/account-service.ts";
import { accountSecurity } from "./modules/auth/account-wiring.ts";
import { authService, type AuthHooks, type AuthService } from "./modules/auth/service.ts";
import { totpRepository } from "./modules/auth/totp/repository.ts";
import { totpKey } from "./modules/auth/totp/secret-box.ts";
import { totpService, type TotpService } from "./modules/auth/totp/service.ts";
import { organisationsRepository } from "./modules/organisations/repository.ts";
import { organisationsService, type OrganisationsService } from "./modules/organisations/service.ts";
import { retentionRepository } from "./modules/retention/repository.ts";
import { retentionService, type RetentionService } from "./modules/retention/service.ts";
import type { ApiModule } from "./modules/module.ts";
import { composeRoleRules } from "./authz/policy.ts";

/** Services are wired here, explicitly, once per app: no registration by import side effect. */
export interface Services {
  database: DatabaseHandle;
  audit: AuditService;
  auth: AuthService;
  /** Password change and reset by a one-time link, a person's sessions (modules/auth/account-service.ts). */
  account: AccountService;
  /** TOTP second factor of password logins (modules/auth/totp). */
  totp: TotpService;
  /** Sign-in with ProConnect; null when PROCONNECT_ISSUER is unset. */
  proconnect: ProConnectService | null;
  organisationsService: OrganisationsService;
  /** The modules of this app, in the order of the list (modules/index.ts). */
  modules: readonly ApiModule<unknown>[];
  /** A module's services: `services.of(urgenceModule).people`. */
  of<S>(module: ApiModule<S>): S;
  /** The retention purge of every kind of record (modules/retention). */
  retention: RetentionService;
}

export function buildServices(database: DatabaseHandle, config: AppConfig, modules: readonly ApiModule<unknown>[]): Services {
  const audit = auditService(auditRepository(database.db));
  const authRepo = authRepository(database.db);
  // The TOTP step runs inside the password login, and opens its sessions through auth.
  const authHooks: AuthHooks = {};
  const security = accountSecurity(database.db, config, audit, authRepo);
  const auth = authService(authRepo, audit, config.sessionTtlHours, authHooks, security.policy);
  // Modules first: the platform's login and membership rules compose what each module asks.
  // Notes, places and needs sealed at rest (ADR 0019): FIELD_ENCRYPTION_KEYS, else the development key file.
  const fields = fieldCipher(resolveFieldKeyring(config.fieldEncryptionKeys, config.production));
  const built = new Map<ApiModule<unknown>, unknown>(modules.map((m) => [m, m.services({ db: database.db, audit, fields, config })]));
  const of = <S>(module: ApiModule<S>): S => {
    if (!built.has(module as ApiModule<unknown>)) throw new Error(`module ${module.name} is not in this app`);
    return built.get(module as ApiModule<unknown>) as S;
  };
  const secondFactorRoles = new Set(modules.flatMap((m) => m.secondFactorRoles ?? []));
  const roleRules = composeRoleRules(modules.map((m) => ({ roleKinds: m.roleKinds, admitted: m.admitted?.(of(m)) })));
  const totp = totpService({
    repo: totpRepository(database.db),
    authRepo,
    audit,
    auth,
    config: config.totp,
    key: totpKey(config.totp.encryptionKey, config.sessionSecret),
    secondFactorRoles,
  });
  authHooks.beforeSession = (user) => totp.beforeSession(user);
  const proconnect = config.proconnect
    ? proconnectService({
        config: config.proconnect,
        client: proconnectClient(config.proconnect),
        repo: proconnectRepository(database.db),
        authRepo,
        auth,
        audit,
        secondFactorRoles,
      })
    : null;
  return {
    database,
    audit,
    auth,
    account: security.account,
    totp,
    proconnect,
    organisationsService: organisationsService({
      repo: organisationsRepository(database.db),
      audit,
      roleRules,
      accounts: security.memberAccounts,
    }),
    modules,
    of,
    retention: retentionService({
      repo: retentionRepository(database.db),
      audit,
      config: config.retention,
      rules: modules.flatMap((m) => (m.retention ? [m.retention(of(m))] : [])),
    }),
  };
}
