import { fr } from "@codegouvfr/react-dsfr";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";
import { proconnectLoginUrl } from "../api.ts";

/** « S'identifier avec ProConnect », for public agents, above the password form and its « ou ». */
export function ProConnectSection({ returnTo }: { returnTo: string }) {
  return (
    <section aria-labelledby="proconnect-title" className={fr.cx("fr-mb-4w")}>
      <h2 id="proconnect-title" className={fr.cx("fr-h5")}>
        Agent public : connectez-vous avec ProConnect
      </h2>
      <ProConnectButton url={proconnectLoginUrl(returnTo)} />
      <p className={fr.cx("fr-hr-or", "fr-mt-3w")}>ou</p>
    </section>
  );
}
