import { Route } from "react-router";
import { ForgotPasswordPage } from "./pages/forgot-password-page.tsx";
import { LoginPage } from "./pages/login-page.tsx";
import { ResetPasswordPage } from "./pages/reset-password-page.tsx";

/** Signing in (password, TOTP step, ProConnect) and the forgotten password, open to everyone. */
export const authRoutes = (
  <>
    <Route path="connexion" element={<LoginPage />} />
    <Route path="mot-de-passe/oublie" element={<ForgotPasswordPage />} />
    <Route path="mot-de-passe/nouveau" element={<ResetPasswordPage />} />
  </>
);
