import type { Database } from "@zero/db";
import type { Kysely } from "kysely";

/**
 * Fictional SIRETs of the demo organisations, for ProConnect's `siret` claim (a local test
 * provider, docs/security.md). The 99999 prefix is not a real establishment's; each number
 * passes the Luhn check that real SIRETs pass.
 */
export const DEMO_SIRETS: Record<string, string> = {
  "Lab Zéro — Préfecture de région (démo)": "99999000100011",
  "SIAO 13 (démo)": "99999000200019",
  "CCAS de Marseille (démo)": "99999000300017",
  "Association Horizon Solidaire (fictive)": "99999000400015",
  "CAF des Bouches-du-Rhône (démo)": "99999000500012",
  "Maraude du Phare (fictive)": "99999000600010",
  "Le Fanal solidaire (fictive)": "99999000700018",
  "Abri Phocéen (fictif)": "99999000800016",
  "Les Toits du Midi (fictive)": "99999000900014",
  "SIAO 84 (démo)": "99999001000012",
  "Maraude du Ventoux (fictive)": "99999001100010",
};

/** Gives the demo organisations that have none their SIRET (also to databases seeded before 0006). */
export async function assignDemoSirets(db: Kysely<Database>): Promise<void> {
  for (const [name, siret] of Object.entries(DEMO_SIRETS)) {
    await db.updateTable("organisations").set({ siret }).where("name", "=", name).where("siret", "is", null).execute();
  }
}
