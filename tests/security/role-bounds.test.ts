import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, DEMO, login, type Session, type TestApp } from "../../apps/api/test/helpers/test-app.ts";
import { client, U } from "../../apps/api/test/urgence/helpers.ts";

// Attack 2 of issue 11: the Lab's admin granted itself `coordinator` of Urgence sociale and
// then read 358 named people. Roles are now bounded by the kind of organisation, by the SIAO
// network's admission for roles that open the by-name list, and nobody changes their own.

const password = "un-mot-de-passe-solide-et-long";
const purpose = "essai des bornes de rôle";

describe("roles are bounded by organisation kind, by the network, and never self-granted", () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let labAdmin: Session;
  let horizonAdmin: Session;
  let coordinator: Session;

  beforeAll(async () => {
    t = await createTestApp();
    api = client(t);
    labAdmin = await login(t.app, DEMO.admin);
    horizonAdmin = await login(t.app, DEMO.horizonAdmin);
    coordinator = await login(t.app, U.coordinator);
  });
  afterAll(() => t.close());

  const members = (s: Session) => `/api/organisations/${s.organisationId}/members`;
  const newMember = (s: Session, email: string, role: string) =>
    api.post(members(s), s, { email, displayName: "Compte fictif", role, password, purpose });
  const people = (s: Session) => api.get("/api/urgence/people?limit=5", s);

  it("refuses the Lab admin every role that opens the by-name list, for a new account or itself", async () => {
    for (const role of ["coordinator", "operator_115", "maraude", "structure_staff"]) {
      const res = await newMember(labAdmin, `${role}@lab-zero.example`, role);
      expect(res.statusCode, role).toBe(403);
      expect(["ROLE_NOT_GRANTABLE", "ROLE_NOT_ADMITTED"], role).toContain(res.json().error.code);
      const self = await api.patch(`${members(labAdmin)}/${labAdmin.userId}`, labAdmin, { role, purpose });
      expect(self.statusCode, role).toBe(403);
      expect(self.json().error.code).toBe("SELF_GRANT");
    }
    const users = await t.database.db.selectFrom("users").select("email").where("email", "like", "%@lab-zero.example").execute();
    expect(users.map((u) => u.email).sort()).toEqual([DEMO.admin, "observatoire@lab-zero.example"].sort());
    const roles = await t.database.db.selectFrom("memberships").select("role").where("user_id", "=", labAdmin.userId).execute();
    expect(roles.map((r) => r.role)).toEqual(["admin"]);
    expect((await people(await login(t.app, DEMO.admin))).statusCode).not.toBe(200);
  });

  it("refuses a grant in another organisation, as if it did not exist", async () => {
    const res = await newMember(horizonAdmin, "coordination@intrus.example", "coordinator");
    expect(res.statusCode).toBe(403);
    const elsewhere = await api.post(`/api/organisations/${coordinator.organisationId}/members`, labAdmin, {
      email: "coordination.bis@siao13.example",
      displayName: "Compte fictif",
      role: "coordinator",
      password,
      purpose,
    });
    expect(elsewhere.statusCode).toBe(404);
  });

  it("lets an association grant a maraude role once the SIAO admits it, and revokes it with the admission", async () => {
    const email = "maraude.bornes@horizon-asso.example";
    expect((await newMember(horizonAdmin, email, "maraude")).json().error.code).toBe("ROLE_NOT_ADMITTED");
    // The association's admin cannot admit itself: only the SIAO's coordinator does.
    const path = `/api/urgence/networks/${coordinator.organisationId}/members/${horizonAdmin.organisationId}`;
    expect((await api.put(path, horizonAdmin, { purpose, roles: ["maraude"] })).statusCode).toBe(404);
    expect((await newMember(horizonAdmin, email, "maraude")).json().error.code).toBe("ROLE_NOT_ADMITTED");
    expect((await api.put(path, coordinator, { purpose, roles: ["maraude"] })).statusCode).toBe(200);
    expect((await newMember(horizonAdmin, email, "maraude")).statusCode).toBe(201);
    const maraude = await login(t.app, email, password);
    const read = await people(maraude);
    expect(read.statusCode, read.body).toBe(200);

    // The SIAO withdraws the admission: the membership is disabled at once, the session reads nothing.
    expect((await api.put(path, coordinator, { purpose, roles: [] })).statusCode).toBe(200);
    expect((await people(maraude)).statusCode).not.toBe(200);
    const listed = (await api.get(members(horizonAdmin), horizonAdmin)).json();
    expect(listed.find((m: { email: string }) => m.email === email)).toMatchObject({ role: "maraude", disabled: true });
    // Re-enabling it needs the admission again.
    const userId = listed.find((m: { email: string }) => m.email === email).userId;
    const revive = await api.patch(`${members(horizonAdmin)}/${userId}`, horizonAdmin, { disabled: false, purpose });
    expect(revive.statusCode).toBe(403);
    expect(revive.json().error.code).toBe("ROLE_NOT_ADMITTED");
  });

  it("lets an admin demote and disable another member, audited, and the change is immediate", async () => {
    const ambassador = await login(t.app, DEMO.ambassador);
    expect((await api.get(`/api/organisations/${horizonAdmin.organisationId}`, ambassador)).statusCode).toBe(200);
    const url = `${members(horizonAdmin)}/${ambassador.userId}`;
    expect((await api.patch(url, ambassador, { disabled: true, purpose })).statusCode).toBe(403);
    expect((await api.patch(url, horizonAdmin, { role: "viewer", purpose })).json()).toMatchObject({ role: "viewer" });
    const disabled = await api.patch(url, horizonAdmin, { disabled: true, purpose });
    expect(disabled.json()).toMatchObject({ role: "viewer", disabled: true });
    expect((await api.get(`/api/organisations/${horizonAdmin.organisationId}`, ambassador)).statusCode).not.toBe(200);
    expect((await api.patch(url, horizonAdmin, { disabled: false, purpose })).json()).toMatchObject({ disabled: false });
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id"])
      .where("resource_type", "=", "membership")
      .where("resource_id", "=", ambassador.userId)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["member_role_ambassador_to_viewer", "member_disabled", "member_enabled"]);
    expect(audit.every((a) => a.actor_user_id === horizonAdmin.userId)).toBe(true);
  });

  it("refuses a body that changes nothing or adds unknown fields", async () => {
    const ambassador = await login(t.app, DEMO.ambassador);
    const url = `${members(horizonAdmin)}/${ambassador.userId}`;
    expect((await api.patch(url, horizonAdmin, { purpose })).statusCode).toBe(400);
    expect((await api.patch(url, horizonAdmin, { role: "admin", organisationId: "x", purpose })).statusCode).toBe(400);
  });
});
