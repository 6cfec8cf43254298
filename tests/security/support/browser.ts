/**
 * A browser, as far as a login needs one: real HTTP (fetch), redirects followed by hand so that
 * each hop can be looked at, and a cookie jar per origin (name → value; a cookie removed by
 * Max-Age=0 or a past Expires is dropped).
 */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly accept = "text/html,application/xhtml+xml") {}

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(origin, jar);
  }

  /** One request, no redirect followed. */
  async request(url: string | URL, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}) {
    const target = new URL(url);
    const jar = this.jars.get(target.origin) ?? new Map<string, string>();
    this.jars.set(target.origin, jar);
    const headers: Record<string, string> = { accept: this.accept, ...init.headers };
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? "GET", headers, body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((s) => s.trim());
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const removed = attributes.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) < Date.now()));
      if (removed) jar.delete(name);
      else jar.set(name, pair.slice(at + 1));
    }
    const location = response.headers.get("location");
    return { response, location: location === null ? null : new URL(location, target), text: await response.text() };
  }

  /** Follows redirects from `url` until one leaves for a URL that `stop` accepts (not fetched), or a page. */
  async follow(url: string | URL, stop: (next: URL) => boolean, limit = 10) {
    let current = new URL(url);
    for (let i = 0; i < limit; i++) {
      const hop = await this.request(current);
      if (!hop.location) return { ...hop, url: current };
      if (stop(hop.location)) return { ...hop, url: current };
      current = hop.location;
    }
    throw new Error(`more than ${limit} redirects from ${String(url)}`);
  }
}
