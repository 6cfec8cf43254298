import { fr } from "@codegouvfr/react-dsfr";
import type { TotpEnrolment } from "../api.ts";
import { groupedSecret } from "../api.ts";
import { TotpCodeForm } from "./totp-code-form.tsx";

/**
 * Setting up the second factor: the key to type into an authenticator app (or the otpauth
 * link, which a phone opens in it), then its first code. No QR code: it would need an image
 * library, and the key is short enough to type.
 */
export function TotpEnrolmentPanel({ enrolment, onCode }: { enrolment: TotpEnrolment; onCode: (code: string) => Promise<void> }) {
  return (
    <TotpCodeForm label="Activer la double authentification" submitLabel="Activer" onCode={onCode}>
      <ol>
        <li>
          Ouvrez votre application d'authentification (FreeOTP, Aegis, Google Authenticator, Microsoft Authenticator…) et ajoutez un compte
          avec cette clé :
          <p className={fr.cx("fr-text--lg", "fr-my-1w")}>
            <code data-testid="totp-secret">{groupedSecret(enrolment.secret)}</code>
          </p>
          <p className={fr.cx("fr-text--sm")}>
            Sur ce téléphone : <a href={enrolment.otpauthUri}>ajouter le compte dans l'application</a>.
          </p>
        </li>
        <li>Saisissez ci-dessous le code qu'elle affiche.</li>
      </ol>
    </TotpCodeForm>
  );
}
