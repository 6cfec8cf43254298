import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useSession } from "../platform/auth/session-context.tsx";

export function SessionProblem() {
  const { problem, dismissProblem } = useSession();
  if (problem === null) return null;
  return (
    <div className={fr.cx("fr-container", "fr-mt-3w")}>
      <Alert severity="error" small description={problem} closable onClose={dismissProblem} />
    </div>
  );
}
