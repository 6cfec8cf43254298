import { nowIso, uuidv7, type DatabaseHandle } from "@zero/db";
import { hashPassword } from "../modules/auth/passwords.ts";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo-data.ts";

/** Creates the demo organisations and accounts once; does nothing when any organisation exists. */
export async function seedDemo(handle: DatabaseHandle): Promise<{ created: boolean }> {
  const { db } = handle;
  const any = await db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
  if (any) return { created: false };

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
  return { created: true };
}
