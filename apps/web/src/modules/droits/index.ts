import { plannedModule } from "../planned-module.tsx";

// Not built yet: its page says what it will do. Its screens, when they come, make this folder
// a module like modules/urgence (routes.tsx, pages/, components/, api.ts).

export const droits = plannedModule({
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
});
