import { ambassadeurs } from "./ambassadeurs/index.ts";
import { droits } from "./droits/index.ts";
import { lab } from "./lab/index.ts";
import { occupationTemporaire } from "./occupation-temporaire/index.ts";
import { urgence } from "./urgence/index.ts";
import type { WebModule } from "./web-module.ts";

// The web modules of Zéro, in the order of the main navigation: App.tsx renders their routes,
// the header their navigation entries, the home page their cards. Wording follows
// docs/PRODUCT.md; nothing here pretends a feature already exists. A new module is a folder
// under modules/ and one line here (see apps/web/README.md, « Web modules »).
export const WEB_MODULES = [lab, urgence, occupationTemporaire, ambassadeurs, droits] as const satisfies readonly WebModule[];

export type ModuleId = (typeof WEB_MODULES)[number]["id"];

export function moduleById(id: ModuleId): WebModule {
  const found = WEB_MODULES.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`Unknown module ${id}`);
  return found;
}
