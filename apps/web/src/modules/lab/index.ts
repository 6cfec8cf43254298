import { plannedModule } from "../planned-module.tsx";

// Not built yet: its page says what it will do. Its screens, when they come, make this folder
// a module like modules/urgence (routes.tsx, pages/, components/, api.ts).

export const lab = plannedModule({
  id: "lab",
  path: "/lab",
  navLabel: "Lab",
  title: "Le Lab",
  summary:
    "Piloter le portefeuille du laboratoire : horizons, projets, partenaires, expérimentations, " +
    "financements, connaissances et événements, avec le catalogue des dispositifs.",
  plannedFeatures: [
    "Suivre chaque horizon, son objectif zéro et ses indicateurs.",
    "Faire avancer les projets « Et si… ? » de l'idée à la capitalisation, en passant par l'expérimentation.",
    "Tenir le catalogue des dispositifs de l'État, des collectivités et des associations, et repérer ceux qui se recouvrent.",
    "Partager méthodes, connaissances et événements (mission INSPIRER).",
  ],
  audience: "L'équipe du Lab et ses partenaires.",
});
