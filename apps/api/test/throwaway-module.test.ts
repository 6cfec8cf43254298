import { Type, type Static } from "@sinclair/typebox";
import { defineDbModule, uuidv7, nowIso } from "@zero/db";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorFactory } from "../src/errors/app-error.ts";
import { policyOf } from "../src/authz/policy.ts";
import { defineModule, type ModuleContext, type ModuleRouteOptions } from "../src/modules/module.ts";
import { createTestApp, DEMO, login, type Session, type TestApp } from "./helpers/test-app.ts";

// A module that exists only in this test, written as docs/architecture.md's checklist says:
// its tables and migration, its errors, its permissions, its repository, service and routes,
// one manifest. Nothing central is edited: the app is built with the list plus this manifest.

interface NotesTables {
  essai_notes: { id: string; organisation_id: string; text: string; created_at: string };
}

const essaiDb = defineDbModule<NotesTables>()({
  name: "essai",
  roles: [],
  migrations: () => ({
    "0900-essai-notes": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("essai_notes")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
          .addColumn("text", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .execute();
      },
    },
  }),
});

const ESSAI_ERRORS = { ESSAI_TEXT_EMPTY: { status: 400, message: "Écrivez quelque chose dans la note." } } as const;
const essaiError = errorFactory(ESSAI_ERRORS);
const ESSAI_PERMISSIONS = { "essai:note:write": ["agent"], "essai:note:read": ["agent", "viewer"] } as const;
const { authorize } = policyOf(ESSAI_PERMISSIONS);

function essaiRepository(db: Kysely<NotesTables>) {
  return {
    insert: (row: NotesTables["essai_notes"]) => db.insertInto("essai_notes").values(row).execute(),
    list: (organisationId: string) => db.selectFrom("essai_notes").selectAll().where("organisation_id", "=", organisationId).execute(),
    async deleteBefore(cutoff: string) {
      return Number((await db.deleteFrom("essai_notes").where("created_at", "<", cutoff).executeTakeFirst()).numDeletedRows);
    },
  };
}

function essaiServices({ db, audit }: ModuleContext) {
  const repo = essaiRepository(db as unknown as Kysely<NotesTables>);
  return {
    /** Notes are kept a day (a retention rule as a module declares one). */
    retention: {
      name: "essai",
      async purge(now: Date) {
        const notes = await repo.deleteBefore(new Date(now.getTime() - 86_400_000).toISOString());
        return { counts: { notes }, summary: `${notes} notes` };
      },
    },
    async create(principal: Parameters<typeof authorize>[0], organisationId: string, text: string) {
      authorize(principal, "essai:note:write", organisationId);
      if (text.trim() === "") throw essaiError("ESSAI_TEXT_EMPTY");
      const row = { id: uuidv7(), organisation_id: organisationId, text, created_at: nowIso() };
      await repo.insert(row);
      await audit.record({
        actor: principal,
        action: "create",
        resourceType: "essai_note",
        resourceId: row.id,
        organisationId,
        purpose: "essai",
        outcome: "success",
      });
      return { id: row.id };
    },
    async list(principal: Parameters<typeof authorize>[0], organisationId: string) {
      authorize(principal, "essai:note:read", organisationId);
      return (await repo.list(organisationId)).map((r) => ({ id: r.id, text: r.text }));
    },
  };
}

const Body = Type.Object({ organisationId: Type.String({ format: "uuid" }), text: Type.String({ maxLength: 200 }) });
const Query = Type.Object({ organisationId: Type.String({ format: "uuid" }) });

async function essaiRoutes(app: FastifyInstance, { services }: ModuleRouteOptions<ReturnType<typeof essaiServices>>) {
  app.post<{ Body: Static<typeof Body> }>("/notes", { schema: { tags: ["essai"], body: Body } }, async (request, reply) => {
    reply.code(201);
    return services.create(request.requirePrincipal(), request.body.organisationId, request.body.text);
  });
  app.get<{ Querystring: Static<typeof Query> }>("/notes", { schema: { tags: ["essai"], querystring: Query } }, async (request) =>
    services.list(request.requirePrincipal(), request.query.organisationId),
  );
}

const essaiModule = defineModule({
  name: "essai",
  prefix: "/api/essai",
  db: essaiDb,
  errors: ESSAI_ERRORS,
  permissions: ESSAI_PERMISSIONS,
  services: essaiServices,
  routes: essaiRoutes,
  retention: (services) => services.retention,
});

describe("a throwaway module, added by its manifest alone", () => {
  let t: TestApp;
  let agent: Session;
  let viewer: Session;
  beforeAll(async () => {
    t = await createTestApp({}, { api: [essaiModule], db: [essaiDb] });
    agent = await login(t.app, DEMO.agent);
    viewer = await login(t.app, DEMO.viewer);
  });
  afterAll(() => t.close());

  const post = (s: Session, payload: object) =>
    t.app.inject({ method: "POST", url: "/api/essai/notes", headers: { cookie: s.cookie, "x-csrf-token": s.csrfToken }, payload });
  const get = (s: Session, organisationId: string) =>
    t.app.inject({ method: "GET", url: `/api/essai/notes?organisationId=${organisationId}`, headers: { cookie: s.cookie } });

  it("serves its routes under its prefix, on its own migrated table, and audits the write", async () => {
    const created = await post(agent, { organisationId: agent.organisationId, text: "Première note (fictive)" });
    expect(created.statusCode).toBe(201);
    const listed = await get(agent, agent.organisationId);
    expect(listed.json()).toEqual([{ id: created.json().id, text: "Première note (fictive)" }]);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "resource_type"])
      .where("resource_id", "=", created.json().id)
      .execute();
    expect(audit).toEqual([{ action: "create", resource_type: "essai_note" }]);
  });

  it("checks its own permissions on the server: a viewer reads but may not write", async () => {
    const refused = await post(viewer, { organisationId: viewer.organisationId, text: "Non" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("FORBIDDEN");
    expect((await get(viewer, viewer.organisationId)).statusCode).toBe(200);
    // Another organisation's notes are not revealed.
    expect((await get(viewer, agent.organisationId)).json().error.code).toBe("NOT_FOUND");
  });

  it("answers its own error codes in French, listed in the catalogue", async () => {
    const empty = await post(agent, { organisationId: agent.organisationId, text: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toEqual({ code: "ESSAI_TEXT_EMPTY", message: "Écrivez quelque chose dans la note." });
    const entry = await t.app.inject({ method: "GET", url: "/api/errors/ESSAI_TEXT_EMPTY" });
    expect(entry.json()).toEqual({ code: "ESSAI_TEXT_EMPTY", status: 400, message: "Écrivez quelque chose dans la note." });
  });

  it("is described in the OpenAPI document, beside the other modules", async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/api/essai/notes", "/api/urgence/people", "/api/openfisca/calculate"]),
    );
  });

  it("has its records purged by the platform's retention run, counted in its audit entry", async () => {
    const later = new Date(Date.now() + 2 * 86_400_000);
    const result = await t.app.services.retention.purge(later);
    expect(result.notes).toBe(1);
    // (Read in the database: two days on, the purge also ended the test's sessions.)
    const left = await (t.database.db as unknown as Kysely<NotesTables>).selectFrom("essai_notes").select("id").execute();
    expect(left).toEqual([]);
    const run = await t.database.db.selectFrom("audit_log").select("purpose").where("action", "=", "retention_purge").execute();
    expect(run.at(-1)!.purpose).toMatch(/personnes, \d+ propositions, 1 notes, \d+ entrées du journal/);
  });

  it("is absent from the app built from the list alone", async () => {
    const plain = await createTestApp();
    try {
      const response = await plain.app.inject({ method: "GET", url: `/api/essai/notes?organisationId=${agent.organisationId}` });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("ROUTE_NOT_FOUND");
    } finally {
      await plain.close();
    }
  });
});
