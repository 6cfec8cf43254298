import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, DEMO, login, type Session, type TestApp } from "./helpers/test-app.ts";

describe("organisations: access by organisation and role, checked on the server", () => {
  let t: TestApp;
  let admin: Session;
  let horizonAdmin: Session;
  let ambassador: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await login(t.app, DEMO.admin);
    horizonAdmin = await login(t.app, DEMO.horizonAdmin);
    ambassador = await login(t.app, DEMO.ambassador);
  });
  afterAll(() => t.close());

  const get = (url: string, s?: Session) => t.app.inject({ method: "GET", url, headers: s ? { cookie: s.cookie } : {} });

  it("lets a member read their organisation", async () => {
    const res = await get(`/api/organisations/${ambassador.organisationId}`, ambassador);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: "Association Horizon Solidaire (fictive)", kind: "association" });
  });

  it("refuses without a session (401)", async () => {
    const res = await get(`/api/organisations/${admin.organisationId}/members`);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("UNAUTHENTICATED");
  });

  it("hides another organisation's data (404), even from an admin", async () => {
    const res = await get(`/api/organisations/${horizonAdmin.organisationId}/members`, admin);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("NOT_FOUND");
    const org = await get(`/api/organisations/${horizonAdmin.organisationId}`, admin);
    expect(org.statusCode).toBe(404);
  });

  it("refuses members to a role without the permission (403)", async () => {
    const res = await get(`/api/organisations/${ambassador.organisationId}/members`, ambassador);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("FORBIDDEN");
  });

  it("lists members to the organisation's admin and audits the read", async () => {
    const res = await get(`/api/organisations/${horizonAdmin.organisationId}/members`, horizonAdmin);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .map((m: { email: string }) => m.email)
        .sort(),
    ).toEqual([DEMO.horizonAdmin, DEMO.ambassador].sort());
    const audit = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("resource_type", "=", "organisation_members")
      .where("actor_user_id", "=", horizonAdmin.userId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "read", organisation_id: horizonAdmin.organisationId, outcome: "success" });
  });

  it("rejects a malformed organisation id with 400, not 500", async () => {
    const res = await get(`/api/organisations/not-a-uuid/members`, admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
  });

  describe("creating a member", () => {
    const body = {
      email: "nouvelle.benevole@horizon-asso.example",
      displayName: "Nadia Fictive",
      role: "ambassador",
      password: "un-mot-de-passe-solide",
      purpose: "arrivée d'une bénévole",
    };
    const post = (s: Session, payload: object, csrf = true) =>
      t.app.inject({
        method: "POST",
        url: `/api/organisations/${horizonAdmin.organisationId}/members`,
        headers: { cookie: s.cookie, ...(csrf ? { "x-csrf-token": s.csrfToken } : {}) },
        payload,
      });

    it("needs the CSRF token", async () => {
      const res = await post(horizonAdmin, body, false);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("CSRF_INVALID");
    });

    it("is refused to a non-admin member (403) and to another organisation's admin (404)", async () => {
      expect((await post(ambassador, body)).statusCode).toBe(403);
      expect((await post(admin, body)).statusCode).toBe(404);
    });

    it("needs a purpose and a long enough password", async () => {
      const { purpose: _purpose, ...noPurpose } = body;
      const res = await post(horizonAdmin, noPurpose);
      expect(res.statusCode).toBe(400);
      const short = await post(horizonAdmin, { ...body, password: "court" });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.code).toBe("VALIDATION_FAILED");
    });

    it("creates the account, audited with its purpose, and the new member can log in", async () => {
      const res = await post(horizonAdmin, body);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ email: body.email, role: "ambassador" });
      const entry = await t.database.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "create")
        .where("resource_id", "=", res.json().userId)
        .executeTakeFirstOrThrow();
      expect(entry.purpose).toBe("arrivée d'une bénévole");
      const s = await login(t.app, body.email, body.password);
      expect(s.organisationId).toBe(horizonAdmin.organisationId);
    });

    it("answers an account of another organisation as a new one, without touching its password", async () => {
      const res = await post(horizonAdmin, { ...body, email: DEMO.viewer });
      // The same answer as a new account: the admin learns nothing of other organisations.
      expect(res.statusCode).toBe(201);
      expect(Object.keys(res.json()).sort()).toEqual(["disabled", "displayName", "email", "role", "userId"]);
      const viewer = await login(t.app, DEMO.viewer);
      expect(viewer.userId).toBe(res.json().userId);
      const withAdminsPassword = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: DEMO.viewer, password: body.password },
      });
      expect(withAdminsPassword.statusCode).toBe(401);
    });

    it("answers 409 EMAIL_TAKEN only for a member of this very organisation, and loses nothing", async () => {
      const res = await post(horizonAdmin, { ...body, displayName: "Autre nom" });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("EMAIL_TAKEN");
      const s = await login(t.app, body.email, body.password);
      expect(s.userId).toBeTruthy();
    });
  });
});

describe("roles that open people's records are granted only where they belong", () => {
  it("refuses a maraude role in a préfecture, allows it in an association", async () => {
    const t = await createTestApp();
    try {
      const labAdmin = await login(t.app, DEMO.admin);
      const horizonAdmin = await login(t.app, DEMO.horizonAdmin);
      const body = (email: string) => ({
        email,
        displayName: "Compte fictif",
        role: "maraude",
        password: "un-mot-de-passe-solide",
        purpose: "essai de rôle",
      });
      const refused = await t.app.inject({
        method: "POST",
        url: `/api/organisations/${labAdmin.organisationId}/members`,
        headers: { cookie: labAdmin.cookie, "x-csrf-token": labAdmin.csrfToken },
        payload: body("maraude.prefecture@lab-zero.example"),
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe("ROLE_NOT_GRANTABLE");
      const addMaraude = () =>
        t.app.inject({
          method: "POST",
          url: `/api/organisations/${horizonAdmin.organisationId}/members`,
          headers: { cookie: horizonAdmin.cookie, "x-csrf-token": horizonAdmin.csrfToken },
          payload: body("maraude@horizon-asso.example"),
        });
      // An association may hold the role, but only once its SIAO network admits it for it.
      const notAdmitted = await addMaraude();
      expect(notAdmitted.statusCode).toBe(403);
      expect(notAdmitted.json().error.code).toBe("ROLE_NOT_ADMITTED");
      const coordinator = await login(t.app, DEMO.coordinator);
      const admitted = await t.app.inject({
        method: "PUT",
        url: `/api/urgence/networks/${coordinator.organisationId}/members/${horizonAdmin.organisationId}`,
        headers: { cookie: coordinator.cookie, "x-csrf-token": coordinator.csrfToken },
        payload: { purpose: "adhésion au réseau", roles: ["maraude"] },
      });
      expect(admitted.statusCode).toBe(200);
      const allowed = await addMaraude();
      expect(allowed.statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });
});
