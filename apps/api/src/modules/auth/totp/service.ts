import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { AuthRepository } from "../repository.ts";
import type { AuthService, LoginResult } from "../service.ts";
import { hashToken, newToken } from "../tokens.ts";
import type { TotpConfig } from "./config.ts";
import { base32Encode, matchTotpStep, newTotpSecret, otpauthUri } from "./rfc6238.ts";
import type { ChallengeKind, TotpRepository } from "./repository.ts";
import { openSecret, sealSecret } from "./secret-box.ts";
import { holdsSecondFactorRole, type SecondFactorRoles } from "./second-factor-roles.ts";

/** The step between the password and the code lasts five minutes and takes five wrong codes. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
export const CHALLENGE_MAX_ATTEMPTS = 5;

export interface TotpStatus {
  enrolled: boolean;
  pending: boolean;
  /** Whether the policy (REQUIRE_TOTP_FOR_URGENCE) requires it of this account. */
  required: boolean;
}

interface Deps {
  /** Roles that call for a second factor, from every module (services.ts). */
  secondFactorRoles: SecondFactorRoles;
  repo: TotpRepository;
  authRepo: AuthRepository;
  audit: AuditService;
  auth: AuthService;
  config: TotpConfig;
  key: Buffer;
}

export function totpService({ secondFactorRoles, repo, authRepo, audit, auth, config, key }: Deps) {
  const event = (action: string, userId: string, outcome: "success" | "denied" | "failure", actor?: Principal) =>
    audit.record({
      actor: actor ?? null,
      action,
      resourceType: "totp",
      resourceId: userId,
      organisationId: null,
      purpose: "authentification",
      outcome,
    });

  async function newChallenge(userId: string, kind: ChallengeKind) {
    const challenge = newToken();
    const now = Date.now();
    const expiresAt = new Date(now + CHALLENGE_TTL_MS).toISOString();
    await repo.deleteExpiredChallenges(new Date(now).toISOString());
    await repo.insertChallenge({
      token_hash: hashToken(challenge),
      user_id: userId,
      kind,
      created_at: new Date(now).toISOString(),
      expires_at: expiresAt,
    });
    return { challenge, expiresAt };
  }

  /** The user behind a live challenge of this kind, or TOTP_CHALLENGE_INVALID. */
  async function challengeUser(challenge: string, kind: ChallengeKind): Promise<string> {
    const row = await repo.findChallenge(hashToken(challenge));
    const live = row && row.kind === kind && row.expires_at > new Date().toISOString() && row.attempts < CHALLENGE_MAX_ATTEMPTS;
    if (!row || !live) throw new AppError("TOTP_CHALLENGE_INVALID");
    return row.user_id;
  }

  /** Checks a code against the user's secret and spends its step; false when wrong or already used. */
  async function spendCode(userId: string, code: string, confirm: boolean): Promise<boolean> {
    const row = await repo.findTotp(userId);
    if (!row || (row.confirmed_at === null) !== confirm) return false;
    const secret = openSecret(key, userId, row.secret_box);
    if (!secret) {
      // Sealed with another key (TOTP_ENCRYPTION_KEY or SESSION_SECRET changed): audited as a failure.
      await event("totp_secret_unreadable", userId, "failure");
      return false;
    }
    const step = matchTotpStep(secret, code, Date.now());
    if (step === null) return false;
    return repo.useStep(userId, step, confirm ? { at: new Date().toISOString() } : null);
  }

  async function sessionFor(userId: string, action: string): Promise<LoginResult> {
    const user = await repo.findUser(userId);
    if (!user || user.disabled_at !== null) throw new AppError("TOTP_CHALLENGE_INVALID");
    return auth.openSession(user, action);
  }

  return {
    /**
     * Runs in the password login once the password is right (AuthHooks.beforeSession): an
     * enrolled account gets TOTP_REQUIRED with a challenge instead of a session; an Urgence
     * account without TOTP, when the policy requires it, gets TOTP_ENROLMENT_REQUIRED.
     */
    async beforeSession(user: { id: string }): Promise<void> {
      const row = await repo.findTotp(user.id);
      if (row?.confirmed_at) {
        const details = await newChallenge(user.id, "totp_login");
        await event("login_totp_challenge", user.id, "success");
        throw new AppError("TOTP_REQUIRED", { details });
      }
      if (config.requireForUrgence && holdsSecondFactorRole(secondFactorRoles, await authRepo.membershipsOf(user.id))) {
        const details = await newChallenge(user.id, "totp_enrolment");
        await event("login_totp_enrolment_required", user.id, "denied");
        throw new AppError("TOTP_ENROLMENT_REQUIRED", { details });
      }
    },

    /** Second step of the login: the challenge and a code give the session. */
    async verifyLogin(challenge: string, code: string): Promise<LoginResult> {
      const userId = await challengeUser(challenge, "totp_login");
      if (!(await spendCode(userId, code, false))) {
        await repo.countAttempt(hashToken(challenge));
        await event("login_totp_failed", userId, "denied");
        throw new AppError("TOTP_INVALID");
      }
      await repo.deleteChallenge(hashToken(challenge));
      return sessionFor(userId, "login_totp");
    },

    async status(principal: Principal): Promise<TotpStatus> {
      const row = await repo.findTotp(principal.userId);
      return {
        enrolled: Boolean(row?.confirmed_at),
        pending: Boolean(row && row.confirmed_at === null),
        required: config.requireForUrgence && holdsSecondFactorRole(secondFactorRoles, principal.memberships),
      };
    },

    /** The user whom an enrolment is for: the connected one, or the one of an enrolment challenge. */
    async enrolmentSubject(principal: Principal | null, challenge: string | undefined) {
      if (principal) return { userId: principal.userId, email: principal.email, principal };
      if (!challenge) throw new AppError("UNAUTHENTICATED");
      const userId = await challengeUser(challenge, "totp_enrolment");
      const user = await repo.findUser(userId);
      if (!user) throw new AppError("TOTP_CHALLENGE_INVALID");
      return { userId, email: user.email, principal: undefined };
    },

    /** A new secret, shown once (base32 and otpauth:// URI), stored sealed until its first code. */
    async startEnrolment(subject: { userId: string; email: string; principal?: Principal | undefined }) {
      const row = await repo.findTotp(subject.userId);
      if (row?.confirmed_at) throw new AppError("TOTP_ALREADY_ENROLLED");
      const secret = newTotpSecret();
      await repo.savePending(subject.userId, sealSecret(key, subject.userId, secret), new Date().toISOString());
      await event("totp_enrolment_started", subject.userId, "success", subject.principal);
      const base32 = base32Encode(secret);
      return { secret: base32, otpauthUri: otpauthUri(config.issuer, subject.email, base32) };
    },

    /**
     * The first code turns the factor on. Through an enrolment challenge (no session yet), it
     * also opens the session: the password was checked when the challenge was given.
     */
    async confirmEnrolment(
      subject: { userId: string; principal?: Principal | undefined },
      code: string,
      challenge: string | undefined,
    ): Promise<LoginResult | null> {
      const row = await repo.findTotp(subject.userId);
      if (!row) throw new AppError("TOTP_NOT_ENROLLED");
      if (row.confirmed_at) throw new AppError("TOTP_ALREADY_ENROLLED");
      if (!(await spendCode(subject.userId, code, true))) {
        if (!subject.principal && challenge) await repo.countAttempt(hashToken(challenge));
        await event("totp_enrolment_failed", subject.userId, "denied", subject.principal);
        throw new AppError("TOTP_INVALID");
      }
      await event("totp_enrolled", subject.userId, "success", subject.principal);
      if (subject.principal || !challenge) return null;
      await repo.deleteChallenge(hashToken(challenge));
      return sessionFor(subject.userId, "login_totp");
    },

    /** Turns the factor off with a current code, unless the policy requires it of this account. */
    async disable(principal: Principal, code: string): Promise<void> {
      const row = await repo.findTotp(principal.userId);
      if (!row?.confirmed_at) throw new AppError("TOTP_NOT_ENROLLED");
      if (config.requireForUrgence && holdsSecondFactorRole(secondFactorRoles, principal.memberships)) {
        await event("totp_disable_refused", principal.userId, "denied", principal);
        throw new AppError("TOTP_REQUIRED_BY_POLICY");
      }
      if (!(await spendCode(principal.userId, code, false))) {
        await event("totp_disable_failed", principal.userId, "denied", principal);
        throw new AppError("TOTP_INVALID");
      }
      await repo.deleteTotp(principal.userId);
      await event("totp_disabled", principal.userId, "success", principal);
    },
  };
}

export type TotpService = ReturnType<typeof totpService>;
