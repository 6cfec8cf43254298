// ProConnect's configuration, read from the environment by config.ts (docs/configuration.md).

/**
 * The `acr` values that ProConnect documents as two-factor: eidas2 (password + second factor),
 * eidas3 (agent card, PIN and certificate), and the two "-2fa" levels of ProConnect Identité.
 */
export const PROCONNECT_2FA_ACR = [
  "eidas2",
  "eidas3",
  "https://proconnect.gouv.fr/assurance/self-asserted-2fa",
  "https://proconnect.gouv.fr/assurance/consistency-checked-2fa",
];

export const PROCONNECT_SCOPE = "openid email given_name usual_name siret uid idp_id";

export interface ProConnectConfig {
  /** The issuer identifier (PROCONNECT_ISSUER, a trailing /.well-known/openid-configuration removed). */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** This app's callback, registered at ProConnect: …/api/auth/proconnect/callback. */
  redirectUri: string;
  /** Where ProConnect sends the browser back after its logout (optional). */
  postLogoutRedirectUri: string | null;
  /** `acr` values accepted for a session holding Urgence roles (PROCONNECT_URGENCE_ACR). */
  urgenceAcr: string[];
  /** JWS algorithm of the id_token and of the signed UserInfo response (PROCONNECT_SIGNING_ALG). */
  signingAlg: "RS256" | "ES256";
  /** Whether plain HTTP is allowed: only for an issuer on this machine (tests, local provider). */
  allowHttp: boolean;
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function url(name: string, raw: string, fail: (message: string) => Error): URL {
  try {
    return new URL(raw);
  } catch {
    throw fail(`${name} must be an absolute URL, got "${raw}"`);
  }
}

/** Null (ProConnect off) when PROCONNECT_ISSUER is unset; the other variables are then required. */
export function proconnectConfigFrom(env: NodeJS.ProcessEnv, fail: (message: string) => Error): ProConnectConfig | null {
  const rawIssuer = env.PROCONNECT_ISSUER?.trim() ?? "";
  if (rawIssuer === "") return null;
  const issuer = url("PROCONNECT_ISSUER", rawIssuer.replace(/\/\.well-known\/openid-configuration\/?$/, ""), fail);
  const allowHttp = issuer.protocol === "http:" && isLoopback(issuer.hostname);
  if (issuer.protocol !== "https:" && !allowHttp) {
    throw fail("PROCONNECT_ISSUER must use https (plain http only for localhost)");
  }
  const required = (name: string): string => {
    const value = env[name]?.trim() ?? "";
    if (value === "") throw fail(`${name} is required when PROCONNECT_ISSUER is set`);
    return value;
  };
  const clientId = required("PROCONNECT_CLIENT_ID");
  const clientSecret = required("PROCONNECT_CLIENT_SECRET");
  const redirectUri = url("PROCONNECT_REDIRECT_URI", required("PROCONNECT_REDIRECT_URI"), fail).href;
  const rawLogout = env.PROCONNECT_POST_LOGOUT_REDIRECT_URI?.trim() ?? "";
  const postLogoutRedirectUri = rawLogout === "" ? null : url("PROCONNECT_POST_LOGOUT_REDIRECT_URI", rawLogout, fail).href;
  const rawAcr = env.PROCONNECT_URGENCE_ACR?.trim() ?? "";
  const urgenceAcr =
    rawAcr === ""
      ? PROCONNECT_2FA_ACR
      : rawAcr
          .split(",")
          .map((v) => v.trim())
          .filter((v) => v !== "");
  const signingAlg = env.PROCONNECT_SIGNING_ALG?.trim() || "RS256";
  if (signingAlg !== "RS256" && signingAlg !== "ES256") {
    throw fail(`PROCONNECT_SIGNING_ALG must be RS256 or ES256, got "${signingAlg}"`);
  }
  return { issuer, clientId, clientSecret, redirectUri, postLogoutRedirectUri, urgenceAcr, signingAlg, allowHttp };
}
