import { plannedModule } from "../planned-module.tsx";

// Not built yet: its page says what it will do. Its screens, when they come, make this folder
// a module like modules/urgence (routes.tsx, pages/, components/, api.ts).

export const occupationTemporaire = plannedModule({
  id: "occupation-temporaire",
  path: "/occupation-temporaire",
  navLabel: "Occupation temporaire",
  title: "Occupation temporaire",
  question: "Et si on utilisait tous les bâtiments vides pour loger des personnes sans-abri ?",
  summary:
    "Le registre des bâtiments vacants, leur qualification jusqu'à la convention " +
    "d'occupation, et leur rapprochement avec les besoins d'hébergement.",
  plannedFeatures: [
    "Recenser les bâtiments vacants, à la main ou par import, et les voir sur une carte.",
    "Suivre chaque bâtiment du repérage à l'occupation puis à la restitution.",
    "Estimer la capacité d'accueil et comparer le coût par nuit aux nuitées d'hôtel.",
    "Rapprocher les bâtiments des associations gestionnaires et des besoins de la liste nominative.",
  ],
  audience: "Les services immobiliers de l'État, les communes, les propriétaires et les associations.",
});
