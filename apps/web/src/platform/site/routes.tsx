import { Route } from "react-router";
import { AccessibilityPage } from "./pages/accessibility-page.tsx";
import { HomePage } from "./pages/home-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";

/** The public pages: home, accessibility statement, and the 404 of every unknown address. */
export const siteRoutes = (
  <>
    <Route index element={<HomePage />} />
    <Route path="accessibilite" element={<AccessibilityPage />} />
    <Route path="*" element={<NotFoundPage />} />
  </>
);
