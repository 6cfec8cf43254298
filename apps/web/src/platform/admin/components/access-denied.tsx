import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Link } from "react-router";

/** What a member who administers no organisation sees at /administration. */
export function AccessDenied() {
  return (
    <>
      <Alert
        severity="warning"
        as="h2"
        title="Accès réservé"
        description={
          "L'administration est réservée aux administrateur·rices et aux coordinateur·rices " +
          "d'une organisation. Votre rôle ne vous y donne pas accès. Si vous pensez " +
          "devoir y accéder, adressez-vous à l'administrateur·rice de votre organisation."
        }
        className={fr.cx("fr-mb-4w")}
      />
      <Link className={fr.cx("fr-btn", "fr-btn--secondary")} to="/">
        Retour à l'accueil
      </Link>
    </>
  );
}
