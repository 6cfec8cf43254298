import type { ModuleInfo, WebModule } from "../web-module.ts";
import { urgenceRoutes } from "./routes.tsx";

// Urgence sociale: the by-name list, tonight's places, the orientation, the maraudes, the map
// and the dashboard (docs/urgence.md). Its screens and their roles are in
// components/shared/screens.ts, their routes in routes.tsx, its calls to the API in api.ts.

const about: ModuleInfo<"urgence-sociale"> = {
  id: "urgence-sociale",
  path: "/urgence-sociale",
  navLabel: "Urgence sociale",
  title: "Urgence sociale",
  question: "Et si on redonnait son sens à l'urgence sociale ?",
  summary:
    "Une liste nominative partagée des personnes à la rue, les places d'hébergement " +
    "disponibles chaque jour et une orientation expliquée vers la bonne place.",
  plannedFeatures: [
    "Tenir une liste nominative partagée, avec le consentement des personnes et un minimum de données.",
    "Déclarer chaque jour les places libres par public (hommes, femmes, familles, animaux, mobilité réduite).",
    "Orienter vers une place en expliquant pourquoi elle convient, ou pourquoi aucune ne convient.",
    "Coordonner les maraudes et suivre le tableau de bord du « zéro fonctionnel ».",
  ],
  audience: "Le 115, le SIAO, les équipes de maraude et les gestionnaires d'hébergement.",
};

export const urgence: WebModule<"urgence-sociale"> = { ...about, routes: urgenceRoutes(about) };
