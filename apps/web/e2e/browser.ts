import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { chromiumArgs } from "./find-chromium.ts";

// Shared helpers of the browser suite: one headless Chromium per test file, one fresh
// context (cookies, storage) per test.

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const screenshotsDir = join(repoRoot, ".e2e", "screenshots");
const axePath = join(repoRoot, "node_modules", "axe-core", "axe.min.js");

export const baseUrl = inject("baseUrl");
const found = inject("chromium");
/** False when no Chromium was found outside CI: the global setup has warned, tests skip. */
export const browserAvailable = found !== null;

export const demoPassword = "demo-zero-2026";

export async function launchBrowser(): Promise<Browser> {
  if (found === null) throw new Error("[e2e] no Chromium: the global setup should have skipped the suite");
  return chromium.launch({
    executablePath: found.executablePath,
    headless: true,
    args: [...chromiumArgs],
    env: { ...process.env, ...found.env },
  });
}

export type Tab = { context: BrowserContext; page: Page; pageErrors: string[] };

/** A fresh context and page; uncaught page errors are collected so tests can assert none. */
export async function openTab(browser: Browser): Promise<Tab> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: "fr-FR",
    viewport: { width: 1280, height: 900 },
    colorScheme: "light",
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // What the Content Security Policy blocks is a defect of the page (or of the policy).
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) pageErrors.push(message.text());
  });
  return { context, page, pageErrors };
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.mouse.move(0, 0); // no hover effect left over from the last click
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: true });
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
};

/** Runs axe-core on the current page and returns its violations, printed when there are any. */
export async function axeViolations(page: Page, label: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the app's CSP (script-src
  // 'self') rightly refuses inline scripts, and the test must not weaken it.
  await page.evaluate(readFileSync(axePath, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
  if (violations.length > 0) {
    console.error(`[axe] ${violations.length} violation(s) on ${label}:\n${JSON.stringify(violations, null, 2)}`);
  }
  return violations;
}
