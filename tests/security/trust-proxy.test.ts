import { afterEach, describe, expect, it } from "vitest";
import { loadConfig, ConfigError } from "../../apps/api/src/config.ts";
import { createTestApp, type TestApp } from "../../apps/api/test/helpers/test-app.ts";

// Attack 3 of issue 11: a client that sets X-Forwarded-For must not change its address,
// and so cannot escape the rate limits, unless it is one of the configured proxies.

describe("X-Forwarded-For", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const variables = (app: TestApp, forwardedFor: string, remoteAddress = "203.0.113.7") =>
    app.app.inject({
      method: "GET",
      url: "/api/openfisca/entities",
      remoteAddress,
      headers: { "x-forwarded-for": forwardedFor },
    });

  it("changes nothing by default: one client spoofing 5 addresses is limited as one", async () => {
    t = await createTestApp({ env: { OPENFISCA_RATE_LIMIT_MAX: "3" } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await variables(t, `198.51.100.${i + 1}`)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });

  it("is believed only from a configured proxy (TRUST_PROXY)", async () => {
    t = await createTestApp({ env: { OPENFISCA_RATE_LIMIT_MAX: "3" }, trustProxy: ["10.0.0.0/8"] });
    // Through the proxy, five different clients: none is limited.
    const viaProxy: number[] = [];
    for (let i = 0; i < 5; i++) viaProxy.push((await variables(t, `198.51.100.${i + 1}`, "10.1.2.3")).statusCode);
    expect(viaProxy).toEqual([200, 200, 200, 200, 200]);
    // A client outside the proxy range that sets the header is still one client.
    const direct: number[] = [];
    for (let i = 0; i < 5; i++) direct.push((await variables(t, `192.0.2.${i + 1}`, "203.0.113.9")).statusCode);
    expect(direct).toEqual([200, 200, 200, 429, 429]);
  });

  it("TRUST_PROXY is off by default and must be addresses or ranges", () => {
    const base = { SESSION_SECRET: "x".repeat(16) + "abcdefghijklmnop" };
    expect(loadConfig(base).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: "10.0.0.1, 192.168.0.0/16,loopback" }).trustProxy).toEqual([
      "10.0.0.1",
      "192.168.0.0/16",
      "loopback",
    ]);
    for (const bad of ["true", "*", "10.0.0.0/33", "example.org", "1.2.3.4/8/9"]) {
      expect(() => loadConfig({ ...base, TRUST_PROXY: bad }), bad).toThrow(ConfigError);
    }
  });
});
