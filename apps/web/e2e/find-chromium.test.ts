import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ChromiumNotFoundError, chromiumArgs, findChromium, type FinderOptions } from "./find-chromium.ts";

// The order in which the browser suite finds a Chromium (find-chromium.ts), then the
// packaged build for real: CI installs Debian's chromium, so this is where the fallback
// that a fresh machine relies on is exercised there.

/** A fake machine: which paths exist, which of them run, and a packaged build. */
function machine(files: Record<string, "runs" | "broken">, packaged?: () => Promise<string>) {
  const calls: string[] = [];
  const options: FinderOptions = {
    env: {},
    exists: (path) => path in files,
    versionOf: (path) => (files[path] === "runs" ? `Chromium (${path})` : undefined),
    packaged: async () => {
      calls.push("packaged");
      if (!packaged) throw new Error("not installed");
      return packaged();
    },
    discardPackaged: (path) => {
      calls.push(`discard ${path}`);
      files[path] = "runs";
    },
    packagedFontsEnv: () => ({ FONTCONFIG_FILE: "/fake/fonts.conf" }),
  };
  return { options, calls };
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, before a system Chromium and without extracting the packaged one", async () => {
    const { options, calls } = machine({ "/opt/chrome/chrome": "runs", "/usr/bin/chromium": "runs" });
    const found = await findChromium({ ...options, env: { CHROMIUM_PATH: "/opt/chrome/chrome" } });
    expect(found).toEqual({
      source: "CHROMIUM_PATH",
      executablePath: "/opt/chrome/chrome",
      version: "Chromium (/opt/chrome/chrome)",
      env: {},
    });
    expect(calls).toEqual([]);
  });

  it("fails on a CHROMIUM_PATH that is absent or does not run, rather than take another browser", async () => {
    const { options, calls } = machine({ "/usr/bin/chromium": "runs", "/opt/broken": "broken" });
    await expect(findChromium({ ...options, env: { CHROMIUM_PATH: "/opt/nowhere" } })).rejects.toThrow(
      "CHROMIUM_PATH=/opt/nowhere does not exist.",
    );
    const broken = findChromium({ ...options, env: { CHROMIUM_PATH: "/opt/broken" } });
    await expect(broken).rejects.toThrow("CHROMIUM_PATH=/opt/broken does not run");
    await expect(broken).rejects.not.toBeInstanceOf(ChromiumNotFoundError);
    expect(calls).toEqual([]);
  });

  it("takes the first system Chromium that runs, in order", async () => {
    const { options, calls } = machine({
      "/usr/bin/chromium": "broken",
      "/usr/bin/chromium-browser": "runs",
      "/usr/bin/google-chrome": "runs",
    });
    const found = await findChromium(options);
    expect(found.source).toBe("system");
    expect(found.executablePath).toBe("/usr/bin/chromium-browser");
    expect(found.env).toEqual({});
    expect(calls).toEqual([]);
  });

  it("falls back on the packaged build, with its fonts configuration", async () => {
    const { options } = machine({ "/tmp/chromium": "runs" }, async () => "/tmp/chromium");
    const found = await findChromium(options);
    expect(found).toEqual({
      source: "@sparticuz/chromium",
      executablePath: "/tmp/chromium",
      version: "Chromium (/tmp/chromium)",
      env: { FONTCONFIG_FILE: "/fake/fonts.conf" },
    });
    const userFonts = await findChromium({ ...options, env: { FONTCONFIG_PATH: "/home/me/fonts" } });
    expect(userFonts.env).toEqual({});
  });

  it("extracts the packaged build again when the one left in place does not run", async () => {
    const { options, calls } = machine({ "/tmp/chromium": "broken" }, async () => "/tmp/chromium");
    const found = await findChromium(options);
    expect(found.executablePath).toBe("/tmp/chromium");
    expect(calls).toEqual(["packaged", "discard /tmp/chromium", "packaged"]);
  });

  it("reports everything it tried when there is no browser at all", async () => {
    const { options } = machine({ "/usr/bin/chromium": "broken" });
    const error = await findChromium(options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    expect((error as ChromiumNotFoundError).tried).toEqual([
      "CHROMIUM_PATH: not set",
      "/usr/bin/chromium: present but `--version` failed",
      "/usr/bin/chromium-browser: absent",
      "/usr/bin/google-chrome: absent",
      "@sparticuz/chromium: not installed",
    ]);
  });
});

const linuxX64 = process.platform === "linux" && process.arch === "x64";

describe.skipIf(!linuxX64)("the packaged Chromium (@sparticuz/chromium), found as on a machine without another", () => {
  it("extracts, runs headless and renders text with a font", { timeout: 120_000 }, async () => {
    const found = await findChromium({ env: {}, systemPaths: [] });
    expect(found.source).toBe("@sparticuz/chromium");
    expect(found.version).toMatch(/^Chromium 143\./);
    const fontsConfig = readFileSync(found.env.FONTCONFIG_FILE!, "utf8");
    expect(fontsConfig).toContain(`<include ignore_missing="yes">/etc/fonts/fonts.conf</include>`);

    const browser = await chromium.launch({
      executablePath: found.executablePath,
      headless: true,
      args: [...chromiumArgs],
      env: { ...process.env, ...found.env },
    });
    try {
      const page = await browser.newPage();
      // Text drawn with the default sans-serif font leaves dark pixels: with no font at
      // all, Chromium draws nothing (seen with an empty fontconfig).
      const darkPixels = await page.evaluate(() => {
        const canvas = document.createElement("canvas");
        canvas.width = 400;
        canvas.height = 60;
        const context = canvas.getContext("2d")!;
        context.fillStyle = "#fff";
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.fillStyle = "#000";
        context.font = "32px sans-serif";
        context.fillText("Zéro personne à la rue", 10, 45);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
        return dark;
      });
      expect(darkPixels).toBeGreaterThan(500);
    } finally {
      await browser.close();
    }
  });
});
