import * as oidc from "openid-client";
import type { ProConnectConfig } from "./config.ts";

/**
 * The openid-client Configuration of ProConnect, discovered on first use (so that the API
 * starts while ProConnect is down) and kept; a failed discovery is tried again next time.
 * ID Tokens and the signed UserInfo response are checked against ProConnect's JWKS
 * (enableNonRepudiationChecks), not only trusted for coming over TLS.
 */
export function proconnectClient(config: ProConnectConfig) {
  let pending: Promise<oidc.Configuration> | null = null;

  const discover = () =>
    oidc.discovery(
      config.issuer,
      config.clientId,
      {
        client_secret: config.clientSecret,
        id_token_signed_response_alg: config.signingAlg,
        userinfo_signed_response_alg: config.signingAlg,
      },
      oidc.ClientSecretPost(config.clientSecret),
      {
        execute: [...(config.allowHttp ? [oidc.allowInsecureRequests] : []), oidc.enableNonRepudiationChecks],
        timeout: 10,
      },
    );

  return {
    configuration(): Promise<oidc.Configuration> {
      pending ??= discover().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
  };
}

export type ProConnectClient = ReturnType<typeof proconnectClient>;
