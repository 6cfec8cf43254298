import { plannedModule } from "../planned-module.tsx";

// Not built yet: its page says what it will do. Its screens, when they come, make this folder
// a module like modules/urgence (routes.tsx, pages/, components/, api.ts).

export const ambassadeurs = plannedModule({
  id: "ambassadeurs",
  path: "/ambassadeurs",
  navLabel: "Ambassadeurs",
  title: "Ambassadeurs des droits",
  question: "Et si on allait vers les personnes qu'on ne touche jamais ?",
  summary:
    "Une application de terrain pour les ambassadeurs : rencontre, vérification rapide " +
    "des droits, orientation vers le bon service et suivi jusqu'à l'ouverture du droit.",
  plannedFeatures: [
    "Enregistrer une rencontre, même sans réseau, et synchroniser plus tard.",
    "Vérifier rapidement les droits possibles d'une personne.",
    "Orienter vers le bon service et suivre la demande jusqu'à l'ouverture du droit.",
    "Mesurer les personnes rencontrées, les droits ouverts et les montants gagnés.",
  ],
  audience: "Les ambassadeurs des droits : pairs, médiateurs et bénévoles.",
});
