import { nowIso, uuidv7, type DatabaseHandle } from "@zero/db";
import { hashPassword } from "../modules/auth/passwords.ts";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo-data.ts";
import { assignDemoSirets } from "./demo-sirets.ts";
import { seedUrgence } from "./seed-urgence.ts";

/**
 * Creates the demo organisations and accounts once (nothing when any organisation exists),
 * then the Urgence sociale demo (once, when no SIAO network exists yet).
 */
export async function seedDemo(handle: DatabaseHandle): Promise<{ created: boolean }> {
  const { db } = handle;
  const any = await db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
  if (any) {
    const names = new Map(DEMO_ORGANISATIONS.map((o) => [o.name, o.key]));
    const rows = await db.selectFrom("organisations").select(["id", "name"]).execute();
    const ids = new Map(rows.filter((r) => names.has(r.name)).map((r) => [names.get(r.name)!, r.id]));
    const urgence = await db.selectFrom("urgence_network_members").select("organisation_id").limit(1).executeTakeFirst();
    if (!urgence && ids.has("siao")) await seedUrgence(db, ids, await hashPassword(DEMO_PASSWORD));
    await assignDemoSirets(db);
    return { created: false };
  }

  const now = nowIso();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, uuidv7()]));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("organisations")
      .values(DEMO_ORGANISATIONS.map((o) => ({ id: ids.get(o.key)!, name: o.name, kind: o.kind, created_at: now })))
      .execute();
    for (const user of DEMO_USERS) {
      const userId = uuidv7();
      await trx
        .insertInto("users")
        .values({
          id: userId,
          email: user.email,
          display_name: user.displayName,
          password_hash: passwordHash,
          created_at: now,
          disabled_at: null,
        })
        .execute();
      await trx
        .insertInto("memberships")
        .values(
          user.memberships.map((m) => ({
            user_id: userId,
            organisation_id: ids.get(m.organisation)!,
            role: m.role,
            created_at: now,
          })),
        )
        .execute();
    }
  });
  await seedUrgence(db, ids, passwordHash);
  await assignDemoSirets(db);
  return { created: true };
}
