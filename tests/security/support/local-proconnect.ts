import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type InteractionResult } from "oidc-provider";

/**
 * An agent as ProConnect describes them, with ProConnect's claim names
 * (partenaires.proconnect.gouv.fr: given_name, usual_name, email, uid, siret).
 */
export interface ProConnectAgent {
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  siret: string;
  uid: string;
}

export interface LocalProConnect {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The authorization requests the provider received, in order (their query parameters). */
  authorizationRequests: URLSearchParams[];
  close(): Promise<void>;
}

/** ProConnect's `acr` values: eidas1 (one factor), eidas2 and eidas3 (two factors). */
export const ACR_VALUES = ["eidas1", "eidas2", "eidas3"];

// ProConnect asks for one scope per claim.
const CLAIMS = {
  acr: null,
  auth_time: null,
  openid: ["sub"],
  email: ["email"],
  given_name: ["given_name"],
  usual_name: ["usual_name"],
  siret: ["siret"],
  uid: ["uid"],
  idp_id: ["idp_id"],
};

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))));
    request.on("error", reject);
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A local OpenID provider shaped like ProConnect (npm oidc-provider), on 127.0.0.1 and a random
 * port: discovery, PKCE required, signed id_token and signed UserInfo (RS256), the claims
 * parameter, ProConnect's scopes and claims, and one confidential client (client_secret_post)
 * registered with Zéro's redirect URI. The agent signs in on the provider's own interaction
 * page: a form naming the agent (their `sub`) and the `acr` level their sign-in reached.
 */
export async function startLocalProConnect(options: {
  redirectUri: string;
  postLogoutRedirectUri: string;
  agents: ProConnectAgent[];
}): Promise<LocalProConnect> {
  const clientId = "zero-test";
  const clientSecret = randomBytes(24).toString("hex");
  const authorizationRequests: URLSearchParams[] = [];
  const agents = new Map(options.agents.map((a) => [a.sub, a]));

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
        id_token_signed_response_alg: "RS256",
        userinfo_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "local-proconnect", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    acrValues: ACR_VALUES,
    claims: CLAIMS,
    scopes: ["openid", ...Object.keys(CLAIMS).filter((k) => Array.isArray(CLAIMS[k as keyof typeof CLAIMS]))],
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: { body: string }, form: string) => {
          const confirm = `<button form="op.logoutForm" value="yes" name="logout">Oui</button>`;
          ctx.body = `<p>Se déconnecter de ProConnect ?</p>${form}${confirm}`;
        },
      },
    },
    pkce: { required: () => true },
    ttl: { AccessToken: 60, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, sub: string) => {
      const agent = agents.get(sub);
      if (!agent) return undefined;
      return { accountId: sub, claims: async () => ({ ...agent, idp_id: "local-proconnect" }) };
    },
  });
  const oidc = provider.callback();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", issuer);
    const interaction = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(url.pathname);
    if (!interaction) {
      if (url.pathname === "/auth") authorizationRequests.push(url.searchParams);
      oidc(request, response);
      return;
    }
    const details = await provider.interactionDetails(request, response);
    const action = interaction[2];
    if (request.method === "GET" && action === undefined) {
      // The provider's login page: which agent signs in, and the acr level their sign-in reached.
      const uid = escapeHtml(details.uid);
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(
        `<form method="post" action="/interaction/${uid}/login" data-prompt="${escapeHtml(details.prompt.name)}">` +
          `<input name="login"><select name="acr">${ACR_VALUES.map((v) => `<option>${v}</option>`).join("")}` +
          `</select><button>Se connecter</button></form>` +
          `<form method="post" action="/interaction/${uid}/abort"><button>Annuler</button></form>`,
      );
      return;
    }
    if (request.method !== "POST") {
      response.statusCode = 405;
      response.end();
      return;
    }
    let result: InteractionResult;
    if (action === "/abort") {
      result = { error: "access_denied", error_description: "End-User aborted interaction" };
    } else {
      const form = await readForm(request);
      const agent = agents.get(form.get("login") ?? "");
      if (!agent) {
        response.statusCode = 401;
        response.end("unknown agent");
        return;
      }
      // Login and consent at once: ProConnect asks no consent of agents.
      const grant = details.grantId
        ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId: agent.sub, clientId }))
        : new provider.Grant({ accountId: agent.sub, clientId: details.params.client_id });
      grant.addOIDCScope(details.params.scope ?? "openid");
      result = {
        login: { accountId: agent.sub, acr: form.get("acr") ?? "eidas1", remember: false },
        consent: { grantId: await grant.save() },
      };
    }
    await provider.interactionFinished(request, response, result, { mergeWithLastSubmission: false });
  }

  return {
    issuer,
    clientId,
    clientSecret,
    authorizationRequests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
