import { timingSafeEqual } from "node:crypto";
import * as oidc from "openid-client";
import type { Principal } from "../../../authz/principal.ts";
import { AppError } from "../../../errors/app-error.ts";
import type { AuditService } from "../../audit/service.ts";
import type { AuthRepository } from "../repository.ts";
import type { AuthService, LoginResult } from "../service.ts";
import { hashToken } from "../tokens.ts";
import { holdsSecondFactorRole, type SecondFactorRoles } from "../totp/second-factor-roles.ts";
import type { ProConnectClient } from "./client.ts";
import { PROCONNECT_SCOPE, type ProConnectConfig } from "./config.ts";
import type { ProConnectRepository } from "./repository.ts";

/** A login under way at ProConnect stays valid for ten minutes. */
export const ATTEMPT_TTL_MS = 10 * 60_000;

/** Where the browser goes after the login: a path of this site only (no open redirect). */
export function safeReturnTo(value: string | undefined): string | null {
  if (!value || !/^\/[A-Za-z0-9/_.-]*$/.test(value) || value.startsWith("//")) return null;
  return value;
}

/** What went wrong with the provider, for the operator's log: names and codes, never claims. */
export type ProviderErrorLog = (step: string, error: unknown) => void;

interface Deps {
  /** Roles that call for a second factor, from every module (services.ts). */
  secondFactorRoles: SecondFactorRoles;
  config: ProConnectConfig;
  client: ProConnectClient;
  repo: ProConnectRepository;
  authRepo: AuthRepository;
  auth: AuthService;
  audit: AuditService;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function proconnectService({ secondFactorRoles, config, client, repo, authRepo, auth, audit }: Deps) {
  const refuse = async (reason: string, userId: string | null, organisationId: string | null) => {
    await audit.record({
      actor: null,
      action: `proconnect_login_${reason}`,
      resourceType: "session",
      resourceId: userId,
      organisationId,
      purpose: "authentification",
      outcome: "denied",
    });
  };

  async function configuration(log: ProviderErrorLog): Promise<oidc.Configuration> {
    try {
      return await client.configuration();
    } catch (error) {
      log("discovery", error);
      throw new AppError("PROCONNECT_UNAVAILABLE");
    }
  }

  return {
    /**
     * Starts a login: a fresh state, nonce and PKCE verifier kept server-side (the state also
     * in the browser's cookie, set by the route), and the provider's authorization URL.
     * `requireTwoFactor` asks ProConnect for one of the Urgence acr values, as essential.
     */
    async start(options: { returnTo: string | null; requireTwoFactor: boolean; log: ProviderErrorLog }) {
      const cfg = await configuration(options.log);
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const verifier = oidc.randomPKCECodeVerifier();
      const now = Date.now();
      await repo.insertAttempt({
        state_hash: hashToken(state),
        nonce,
        code_verifier: verifier,
        return_to: options.returnTo,
        created_at: new Date(now).toISOString(),
        expires_at: new Date(now + ATTEMPT_TTL_MS).toISOString(),
      });
      const acr = options.requireTwoFactor ? { essential: true, values: config.urgenceAcr } : null;
      const url = oidc.buildAuthorizationUrl(cfg, {
        redirect_uri: config.redirectUri,
        scope: PROCONNECT_SCOPE,
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        claims: JSON.stringify({ id_token: { acr, amr: null } }),
      });
      return { url, state };
    },

    /**
     * The provider's answer: state checked against the browser's cookie and spent, code
     * exchanged with the PKCE verifier, id_token (signature, issuer, audience, expiry, nonce)
     * and signed UserInfo checked by openid-client; then `siret` → organisation, `email` →
     * one of its members, and the acr level for Urgence roles. Every refusal is audited.
     */
    async callback(query: string, cookieState: string | undefined, log: ProviderErrorLog) {
      const currentUrl = new URL(config.redirectUri);
      currentUrl.search = query;
      const state = currentUrl.searchParams.get("state") ?? "";
      const attempt =
        state !== "" && cookieState !== undefined && sameText(state, cookieState) ? await repo.takeAttempt(hashToken(state)) : null;
      if (!attempt || attempt.expires_at < new Date().toISOString()) {
        await refuse("state_invalid", null, null);
        throw new AppError("PROCONNECT_STATE_INVALID");
      }
      const cfg = await configuration(log);

      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      let claims: oidc.IDToken;
      let userinfo: oidc.UserInfoResponse;
      try {
        tokens = await oidc.authorizationCodeGrant(cfg, currentUrl, {
          pkceCodeVerifier: attempt.code_verifier,
          expectedState: state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims()!;
        userinfo = await oidc.fetchUserInfo(cfg, tokens.access_token, claims.sub);
      } catch (error) {
        log("code_exchange", error);
        await refuse("failed", null, null);
        throw new AppError("PROCONNECT_FAILED");
      }

      const email = typeof userinfo.email === "string" ? userinfo.email.trim().toLowerCase() : "";
      const siret = typeof userinfo.siret === "string" ? userinfo.siret.replace(/\s/g, "") : "";
      const organisation = /^\d{14}$/.test(siret) ? await repo.findOrganisationBySiret(siret) : undefined;
      if (!organisation) {
        await refuse("unknown_organisation", null, null);
        throw new AppError("PROCONNECT_UNKNOWN_ORGANISATION");
      }
      const user = email === "" ? undefined : await repo.findMember(email, organisation.id);
      if (!user) {
        await refuse("unknown_user", null, organisation.id);
        throw new AppError("PROCONNECT_UNKNOWN_USER");
      }
      // Refuse rather than trim: a session never holds fewer roles than the person sees listed.
      const acr = typeof claims.acr === "string" ? claims.acr : "";
      if (holdsSecondFactorRole(secondFactorRoles, await authRepo.membershipsOf(user.id)) && !config.urgenceAcr.includes(acr)) {
        await refuse("acr_insufficient", user.id, organisation.id);
        throw new AppError("PROCONNECT_ACR_INSUFFICIENT");
      }

      const result: LoginResult = await auth.openSession(user, "login_proconnect");
      if (tokens.id_token) {
        await repo.saveIdToken(result.principal.sessionTokenHash, tokens.id_token, new Date().toISOString());
      }
      return { ...result, returnTo: attempt.return_to };
    },

    /**
     * Ends the Zéro session and, for a ProConnect session, returns ProConnect's logout URL
     * (id_token_hint) so that the browser ends the ProConnect session too; null otherwise.
     */
    async logout(principal: Principal, log: ProviderErrorLog): Promise<URL | null> {
      const idToken = await repo.idTokenOf(principal.sessionTokenHash);
      await auth.logout(principal);
      if (!idToken || !config.postLogoutRedirectUri) return null;
      try {
        const cfg = await client.configuration();
        return oidc.buildEndSessionUrl(cfg, {
          id_token_hint: idToken,
          state: oidc.randomState(),
          post_logout_redirect_uri: config.postLogoutRedirectUri,
        });
      } catch (error) {
        log("end_session", error);
        return null;
      }
    },
  };
}

export type ProConnectService = ReturnType<typeof proconnectService>;
