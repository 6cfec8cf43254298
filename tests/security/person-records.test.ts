import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purpose, urgenceWorld, type UrgenceWorld } from "../../apps/api/test/urgence/helpers.ts";

// Attack 4 of issue 11: any organisation a person had shared consent with could mark them
// deceased (irreversibly), rename them, or record a new consent that cut the others' access.
// Now those changes belong to the organisation that registered the person and to the SIAO
// coordination; the others propose, and a coordinator can undo a death with a reason.

describe("a person's record: who renames, marks deceased, records consent", () => {
  let w: UrgenceWorld;
  let personId: string;
  const person = (as = w.s.phare) => w.api.get(`/api/urgence/people/${personId}`, as);
  const auditOf = (action: string) =>
    w.t.database.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "purpose"])
      .where("resource_id", "=", personId)
      .where("action", "=", action)
      .execute();

  beforeAll(async () => {
    w = await urgenceWorld();
    // La maraude du Phare registers the person, who agrees to share with the whole network.
    const res = await w.api.post("/api/urgence/people", w.s.phare, {
      organisationId: w.s.phare.organisationId,
      alias: "Fictif du Vieux-Port",
      consent: { purposes: ["orientation"], audiences: [{ type: "network", id: w.network }] },
      purpose,
    });
    expect(res.statusCode).toBe(201);
    personId = res.json().id;
  });
  afterAll(() => w.t.close());

  it("refuses a sharing organisation the death, the name and the consent, and changes nothing", async () => {
    const { fanal } = w.s;
    expect((await person(fanal)).statusCode).toBe(200);
    const attempts = [
      await w.api.post(`/api/urgence/people/${personId}/status`, fanal, { status: "deceased", purpose }),
      await w.api.patch(`/api/urgence/people/${personId}`, fanal, { alias: "Autre nom", purpose }),
      await w.api.post(`/api/urgence/people/${personId}/consents`, fanal, {
        purposes: ["orientation"],
        audiences: [{ type: "organisation", id: fanal.organisationId }],
        purpose,
      }),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("URGENCE_OWNER_ONLY");
    }
    const consentId = (await person()).json().consent.id;
    const withdraw = await w.api.post(`/api/urgence/people/${personId}/consents/${consentId}/withdraw`, fanal, { purpose });
    expect(withdraw.json().error.code).toBe("URGENCE_OWNER_ONLY");
    const after = (await person()).json();
    expect(after).toMatchObject({ alias: "Fictif du Vieux-Port", listStatus: "active" });
    expect(after.consent).toMatchObject({ id: consentId, audiences: [{ type: "network", id: w.network }] });
    // What is not identity stays shared work: the household is updated by a partner.
    const household = await w.api.patch(`/api/urgence/people/${personId}`, fanal, { householdAdults: 2, purpose });
    expect(household.statusCode).toBe(200);
  });

  it("lets the partner propose the death, and the owner accept it, both audited", async () => {
    const { fanal, phare } = w.s;
    const proposed = await w.api.post(`/api/urgence/people/${personId}/proposals`, fanal, {
      kind: "deceased",
      reason: "décès signalé par l'équipe de nuit",
      purpose,
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({ kind: "deceased", status: "pending", proposedByOrganisationId: fanal.organisationId });
    expect((await person()).json().listStatus).toBe("active");
    // Only the owner or the coordination reads and decides the proposals.
    expect((await w.api.get(`/api/urgence/people/${personId}/proposals`, fanal)).statusCode).toBe(403);
    const list = await w.api.get(`/api/urgence/people/${personId}/proposals`, phare);
    expect(list.json().proposals.map((p: { id: string }) => p.id)).toEqual([proposed.json().id]);
    const decision = `/api/urgence/proposals/${proposed.json().id}/decision`;
    expect((await w.api.post(decision, fanal, { accept: true, reason: "je confirme", purpose })).statusCode).toBe(403);
    const accepted = await w.api.post(decision, phare, { accept: true, reason: "confirmé par le Phare", purpose });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", decisionReason: "confirmé par le Phare" });
    expect((await person()).json().listStatus).toBe("deceased");
    expect((await w.api.post(decision, phare, { accept: false, reason: "trop tard", purpose })).json().error.code).toBe(
      "URGENCE_PROPOSAL_DECIDED",
    );
    expect((await auditOf("proposal_deceased")).map((a) => a.actor_user_id)).toEqual([fanal.userId]);
    expect((await auditOf("proposal_accepted")).map((a) => a.actor_user_id)).toEqual([phare.userId]);
  });

  it("lets only the SIAO coordination undo a death, and only with a reason", async () => {
    const { phare, fanal, coordinator } = w.s;
    const undo = (as = coordinator, reason?: string) =>
      w.api.post(`/api/urgence/people/${personId}/status`, as, { status: "active", purpose, ...(reason ? { reason } : {}) });
    expect((await undo(fanal, "erreur")).statusCode).toBe(403);
    expect((await undo(phare, "erreur de saisie")).json().error.code).toBe("URGENCE_COORDINATION_ONLY");
    expect((await undo(coordinator)).json().error.code).toBe("URGENCE_REASON_REQUIRED");
    const undone = await undo(coordinator, "homonyme : la personne a été revue ce matin");
    expect(undone.statusCode).toBe(200);
    expect(undone.json().listStatus).toBe("active");
    expect((await auditOf("deceased_reverted")).map((a) => a.actor_user_id)).toEqual([coordinator.userId]);
  });

  it("lets the owner refuse a proposed name, and tells the owner it need not propose", async () => {
    const { fanal, phare } = w.s;
    const proposed = await w.api.post(`/api/urgence/people/${personId}/proposals`, fanal, {
      kind: "rename",
      alias: "Nom proposé",
      reason: "la personne se présente sous ce nom",
      purpose,
    });
    expect(proposed.statusCode).toBe(201);
    const refused = await w.api.post(`/api/urgence/proposals/${proposed.json().id}/decision`, phare, {
      accept: false,
      reason: "nom non confirmé",
      purpose,
    });
    expect(refused.json()).toMatchObject({ status: "rejected" });
    expect((await person()).json().alias).toBe("Fictif du Vieux-Port");
    const own = await w.api.post(`/api/urgence/people/${personId}/proposals`, phare, { kind: "deceased", reason: "essai", purpose });
    expect(own.json().error.code).toBe("URGENCE_PROPOSAL_NOT_NEEDED");
    const bad = await w.api.post(`/api/urgence/people/${personId}/proposals`, fanal, { kind: "erase", reason: "essai", purpose });
    expect(bad.statusCode).toBe(400);
  });
});
