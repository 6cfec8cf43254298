import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useCallback, useState } from "react";
import { useSession } from "../../auth/session-context.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { ChangePasswordForm } from "../components/change-password-form.tsx";
import { SessionsSection } from "../components/sessions-section.tsx";
import { TwoFactorSection } from "../components/two-factor-section.tsx";

/** /mon-compte, behind RequireSession: the person's password, second factor and sessions. */
export function AccountPage() {
  usePageTitle("Mon compte");
  const { state } = useSession();
  const [revision, setRevision] = useState(0);
  const onChanged = useCallback(() => setRevision((value) => value + 1), []);
  const user = state.status === "authenticated" ? state.session.user : null;

  return (
    <div className={fr.cx("fr-container", "fr-mb-8w")}>
      <Breadcrumb currentPageLabel="Mon compte" homeLinkProps={{ to: "/" }} segments={[]} />
      <h1>Mon compte</h1>
      {user !== null && (
        <p className={fr.cx("fr-text--lead")}>
          {user.displayName} — {user.email}
        </p>
      )}
      <ChangePasswordForm onChanged={onChanged} />
      <TwoFactorSection />
      <SessionsSection revision={revision} />
    </div>
  );
}
