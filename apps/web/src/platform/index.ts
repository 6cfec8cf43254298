import type { ReactNode } from "react";
import { accountRoutes } from "./account/routes.tsx";
import { adminRoutes } from "./admin/routes.tsx";
import { authRoutes } from "./auth/routes.tsx";
import { siteRoutes } from "./site/routes.tsx";

// The platform: what every module relies on and no module owns — the public pages, signing in,
// « Mon compte », the administration of organisations. Same shape as a module (routes.tsx,
// pages/, components/, api.ts), but not in WEB_MODULES: a module serves one projet of the lab
// (CONTEXT.md), these serve them all and have no entry in the main navigation.
export const PLATFORM: readonly { id: string; routes: ReactNode }[] = [
  { id: "site", routes: siteRoutes },
  { id: "auth", routes: authRoutes },
  { id: "account", routes: accountRoutes },
  { id: "admin", routes: adminRoutes },
];
