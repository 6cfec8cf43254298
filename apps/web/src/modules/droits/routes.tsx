import { Route } from "react-router";
import type { ModuleInfo } from "../web-module.ts";
import { MesDroitsPage } from "./pages/mes-droits-page.tsx";

/** /droits: « Mes droits », public — no login, nothing kept on the server (docs/api/droits.md). */
export function droitsRoutes(about: ModuleInfo) {
  return <Route path={about.path} element={<MesDroitsPage />} />;
}
