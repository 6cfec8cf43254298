import type { ModuleInfo, WebModule } from "../web-module.ts";
import { droitsRoutes } from "./routes.tsx";

// Automatisation des droits. Built: « Mes droits », the public rights check (issue 14, step 2):
// pages/mes-droits-page.tsx, its calls to the API in api.ts (docs/api/droits.md), where and how
// to apply for each benefit in components/shared/where-to-apply.ts.

const about: ModuleInfo<"droits"> = {
  id: "droits",
  path: "/droits",
  navLabel: "Droits",
  title: "Automatisation des droits",
  question: "Et si les droits devenaient automatiques ?",
  summary:
    "Un moteur de règles de la législation sociale française pour simuler les " +
    "droits, expliquer chaque résultat et détecter le non-recours à grande échelle.",
  plannedFeatures: [
    "Simuler les droits d'un foyer (RSA, prime d'activité, aides au logement, AAH, CSS…) et expliquer le résultat en français clair.",
    "Détecter, dans un fichier d'allocataires, les foyers qui semblent éligibles sans percevoir la prestation.",
    "Transformer une détection en demande pré-remplie, suivie jusqu'au bout.",
  ],
  audience: "Les organismes (CAF, CPAM, département, CCAS), les ambassadeurs et les citoyens.",
};

export const droits: WebModule<"droits"> = { ...about, routes: droitsRoutes(about) };
