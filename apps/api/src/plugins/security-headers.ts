import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

export interface SecurityHeadersOptions {
  /** NODE_ENV=production: HSTS and upgrade-insecure-requests (served over HTTPS only there). */
  production: boolean;
  /** Prefixes of the modules that serve no personal data (`public: true` in their manifest): cacheable. */
  publicPrefixes: readonly string[];
}

/** SHA-256 of `:root { color-scheme: light; }` and of `:root { color-scheme: dark; }`. */
const COLOR_SCHEME_STYLES = [
  "'sha256-HzhUjVBe6Oi2wcxUM7bmy2Rp9VdLMHYDdYr9MalNmOY='",
  "'sha256-xVQ4mcypV0CvOtZpQgVcKpcoNvdUkR9BrwZBrtBbU+w='",
];

/**
 * What the built web app (apps/web/dist) loads, and nothing else: its own scripts, styles and
 * fonts; images from itself, data: (DSFR icons) and blob: (MapLibre); workers from blob:
 * (MapLibre starts its tile workers so). No inline script, no eval, no other origin; no page
 * may frame Zéro (clickjacking). The API documentation (/api/docs) runs under the same policy:
 * one inline style of swagger-ui is refused there, with no visible effect (seen in Chromium).
 */
export function contentSecurityPolicy(production: boolean) {
  return {
    useDefaults: false,
    directives: {
      "default-src": ["'self'"],
      "base-uri": ["'self'"],
      "script-src": ["'self'"],
      "script-src-attr": ["'none'"],
      // react-dsfr writes one <style> of its own, `:root { color-scheme: light; }` (or dark):
      // those two texts, by their hash, and no other inline style.
      "style-src": ["'self'", ...COLOR_SCHEME_STYLES],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "worker-src": ["'self'", "blob:"],
      "manifest-src": ["'self'"],
      "object-src": ["'none'"],
      "frame-src": ["'none'"],
      "frame-ancestors": ["'none'"],
      "form-action": ["'self'"],
      ...(production ? { "upgrade-insecure-requests": [] } : {}),
    },
  };
}

/** Browser features Zéro uses: only the position, for a maraude's encounter (on this origin). */
const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

/** Paths under /api that carry no personal data and may be cached: health, and each module marked `public`. */
const PLATFORM_CACHEABLE = ["/api/health"];

function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const end = url.indexOf("?");
  return end === -1 ? url : url.slice(0, end);
}

/** Every /api response may carry personal data, except health checks and public modules (`cacheable`). */
export function mayCarryPersonalData(path: string, cacheable: readonly string[]): boolean {
  if (path !== "/api" && !path.startsWith("/api/")) return false;
  return !cacheable.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Security headers on every response (HTML pages, static files, JSON, errors, 404s): CSP,
 * nosniff, Referrer-Policy no-referrer, X-Frame-Options DENY, Cross-Origin-Opener-Policy,
 * Permissions-Policy; HSTS in production only. `Cache-Control: no-store` on every /api
 * response that may carry personal data, so that no browser, proxy or shared computer
 * keeps a by-name list on disk.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: SecurityHeadersOptions) => {
  const cacheable = [...PLATFORM_CACHEABLE, ...options.publicPrefixes];
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: contentSecurityPolicy(options.production),
    strictTransportSecurity: options.production ? { maxAge: 63_072_000, includeSubDomains: true } : false,
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("permissions-policy", PERMISSIONS_POLICY);
    if (mayCarryPersonalData(pathOf(request), cacheable)) reply.header("cache-control", "no-store");
    return payload;
  });
});
