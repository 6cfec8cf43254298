import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { migrateToLatest, openDatabase } from "@zero/db";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildApp } from "../../api/src/app.ts";
import { loadConfig } from "../../api/src/config.ts";
import { TEST_FIELD_ENCRYPTION_KEYS } from "../../api/src/field-encryption/config.ts";
import { DEMO_SIRETS } from "../../api/src/seed/demo-sirets.ts";
import { seedDemo } from "../../api/src/seed/seed-demo.ts";
import { startLocalProConnect, type LocalProConnect } from "../../../tests/security/support/local-proconnect.ts";
import { axeViolations, browserAvailable, launchBrowser, openTab, screenshot } from "./browser.ts";
import { freePort } from "../../../tests/security/support/free-port.ts";

// The login page's « S'identifier avec ProConnect », in a real browser, against a local OpenID
// provider shaped like ProConnect (tests/security/support/local-proconnect.ts): the agent signs
// in there and lands in Zéro signed in; a refusal comes back to the login page in French. This
// file runs its own server (with PROCONNECT_*) on its own SQLite file, beside the suite's.

const webDist = resolve(fileURLToPath(new URL("../dist", import.meta.url)));
const SIAO13 = DEMO_SIRETS["SIAO 13 (démo)"]!;
const agents = [
  { sub: "pc-coordinator", email: "coordination@siao13.example", given_name: "Camille", usual_name: "Essai", siret: SIAO13, uid: "1" },
  {
    sub: "pc-unknown-siret",
    email: "coordination@siao13.example",
    given_name: "Camille",
    usual_name: "Essai",
    siret: "99999099900011",
    uid: "2",
  },
];

/** At the provider's page: who signs in, and the level their sign-in reached. */
async function signInAtProvider(page: Page, issuer: string, sub: string, acr: string): Promise<void> {
  await page.waitForURL((url) => url.origin === issuer);
  await page.locator("input[name=login]").fill(sub);
  await page.locator("select[name=acr]").selectOption(acr);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

describe.skipIf(!browserAvailable)("sign-in with ProConnect from the login page", () => {
  let browser: Browser;
  let app: FastifyInstance;
  let pc: LocalProConnect;
  let zero: string;
  const dir = mkdtempSync(join(tmpdir(), "zero-e2e-proconnect-"));

  beforeAll(async () => {
    const port = await freePort();
    zero = `http://127.0.0.1:${port}`;
    pc = await startLocalProConnect({
      redirectUri: `${zero}/api/auth/proconnect/callback`,
      postLogoutRedirectUri: `${zero}/connexion`,
      agents,
    });
    const database = openDatabase(join(dir, "zero.sqlite"));
    await migrateToLatest(database);
    await seedDemo(database);
    const config = loadConfig({
      SESSION_SECRET: "e2e-proconnect-secret-e2e-proconnect-0123",
      WEB_DIST: webDist,
      FIELD_ENCRYPTION_KEYS: TEST_FIELD_ENCRYPTION_KEYS,
      PROCONNECT_ISSUER: `${pc.issuer}/.well-known/openid-configuration`,
      PROCONNECT_CLIENT_ID: pc.clientId,
      PROCONNECT_CLIENT_SECRET: pc.clientSecret,
      PROCONNECT_REDIRECT_URI: `${zero}/api/auth/proconnect/callback`,
      PROCONNECT_POST_LOGOUT_REDIRECT_URI: `${zero}/connexion`,
    });
    app = await buildApp({ config, database, logger: false });
    await app.listen({ port, host: "127.0.0.1" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await pc?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the agent signs in at ProConnect and lands signed in; a refusal comes back in French", { timeout: 120_000 }, async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await page.goto(`${zero}/connexion`);
      const button = page.getByRole("link", { name: /S.identifier avec\s*ProConnect/ });
      await button.waitFor();
      await screenshot(page, "login-proconnect");
      expect(await axeViolations(page, "/connexion (ProConnect)")).toEqual([]);

      // A coordinator, at two factors: the by-name list opens.
      await button.click();
      await signInAtProvider(page, pc.issuer, "pc-coordinator", "eidas2");
      await page.waitForURL((url) => url.origin === zero && url.pathname === "/");
      await page.getByTestId("user-name").first().waitFor();
      const me = await page.request.get(`${zero}/api/me`);
      expect(((await me.json()) as { user: { email: string } }).user.email).toBe("coordination@siao13.example");
      // Signing out of Zéro signs out of ProConnect too, and comes back to the login page.
      await page.getByRole("button", { name: "Se déconnecter" }).first().click();
      await page.waitForURL((url) => url.origin === pc.issuer);
      await page.getByRole("button", { name: "Oui" }).click();
      await page.waitForURL((url) => url.origin === zero && url.pathname === "/connexion");
      expect((await page.request.get(`${zero}/api/me`)).status()).toBe(401);

      // At one factor, a role on named people is refused, with the way to sign in again.
      await page.getByRole("link", { name: /S.identifier avec\s*ProConnect/ }).click();
      await signInAtProvider(page, pc.issuer, "pc-coordinator", "eidas1");
      await page.waitForURL((url) => url.pathname === "/connexion" && url.searchParams.get("erreur") === "PROCONNECT_ACR_INSUFFICIENT");
      await page.getByText("reconnectez-vous à ProConnect en double authentification").waitFor();
      const again = page.getByRole("link", { name: "Se reconnecter avec ProConnect en double authentification" });
      expect(await again.getAttribute("href")).toContain("mfa=1");

      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }

    // An organisation that Zéro does not know (another browser: the provider's session is new).
    const other = await openTab(browser);
    try {
      const p = other.page;
      await p.goto(`${zero}/connexion`);
      await p.getByRole("link", { name: /S.identifier avec\s*ProConnect/ }).click();
      await signInAtProvider(p, pc.issuer, "pc-unknown-siret", "eidas2");
      await p.waitForURL((url) => url.searchParams.get("erreur") === "PROCONNECT_UNKNOWN_ORGANISATION");
      await p.getByText("n'est pas inscrite sur Zéro").waitFor();
      await screenshot(p, "login-proconnect-refused");
      expect(await axeViolations(p, "/connexion?erreur=…")).toEqual([]);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });
});
