import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { MembershipView } from "@zero/schemas";
import type { ReactNode } from "react";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { membershipsFor, screenById, type ScreenId } from "./shared/screens.ts";
import { useUrgence } from "./shared/urgence-context.tsx";

/** Renders the screen with the user's memberships that open it, or a French refusal. */
export function ScreenGuard({ id, children }: { id: ScreenId; children: (memberships: MembershipView[]) => ReactNode }) {
  const screen = screenById(id);
  usePageTitle(`${screen.label} — Urgence sociale`);
  const memberships = membershipsFor(useUrgence().memberships, screen.roles);
  if (memberships.length === 0) {
    return (
      <>
        <h1>{screen.label}</h1>
        <Alert
          severity="warning"
          as="h2"
          title="Accès réservé"
          description={
            "Votre rôle ne donne pas accès à cet écran. Si vous pensez devoir y " +
            "accéder, adressez-vous à l'administrateur·rice de votre organisation."
          }
        />
      </>
    );
  }
  return children(memberships);
}
