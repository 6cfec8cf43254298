import { createTestApp, login, type Session, type TestApp } from "../helpers/test-app.ts";

export const U = {
  coordinator: "coordination@siao13.example",
  operator: "115@siao13.example",
  phare: "maraude@phare-marseille.example",
  fanal: "maraude@fanal-solidaire.example",
  abri: "accueil@abri-phoceen.example",
  toits: "accueil@toits-du-midi.example",
  viewer: "observatoire@lab-zero.example",
  cafViewer: "lecture@caf13.example",
  coordinator84: "coordination@siao84.example",
  ventoux: "maraude@ventoux.example",
} as const;

export type Who = keyof typeof U;

export async function sessions(t: TestApp): Promise<Record<Who, Session>> {
  const out = {} as Record<Who, Session>;
  for (const [k, email] of Object.entries(U)) out[k as Who] = await login(t.app, email);
  return out;
}

/** Small HTTP helpers over inject(), with the session cookie and CSRF token. */
export function client(t: TestApp) {
  const call = (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, s?: Session, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: s ? { cookie: s.cookie, ...(method === "GET" ? {} : { "x-csrf-token": s.csrfToken }) } : {},
      ...(payload ? { payload } : {}),
    });
  return {
    get: (url: string, s?: Session) => call("GET", url, s),
    post: (url: string, s: Session | undefined, payload: object) => call("POST", url, s, payload),
    put: (url: string, s: Session | undefined, payload: object) => call("PUT", url, s, payload),
    patch: (url: string, s: Session | undefined, payload: object) => call("PATCH", url, s, payload),
    del: (url: string, s: Session | undefined, payload: object) => call("DELETE", url, s, payload),
  };
}

export const purpose = "test : suivi de la personne";

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A UTC day this many days from today: nights may be planned up to 31 days ahead (ADR 0020). */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export interface UrgenceWorld {
  t: TestApp;
  s: Record<Who, Session>;
  api: ReturnType<typeof client>;
  /** The SIAO 13 network (its id is the SIAO's organisation id). */
  network: string;
}

/** A fresh seeded app, every demo urgence account logged in, and an HTTP client. */
export async function urgenceWorld(): Promise<UrgenceWorld> {
  const t = await createTestApp();
  const s = await sessions(t);
  return { t, s, api: client(t), network: s.coordinator.organisationId };
}
