import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { downloadPersonExport, type ExportFormat } from "../../api.ts";
import { messageOf } from "../../../../data/error-message.ts";

/** The purpose kept in the audit log for an export the person asked for. */
const EXPORT_PURPOSE = "demande d'accès de la personne (RGPD, article 15)";

/**
 * For the organisation that registered the person and the SIAO coordination: everything held
 * about the person, and who read it, as a PDF to hand over or a JSON file.
 */
export function ExportData({ personId }: { personId: string }) {
  const [pending, setPending] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const download = async (format: ExportFormat) => {
    setPending(format);
    setError(null);
    try {
      await downloadPersonExport(personId, format, EXPORT_PURPOSE);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setPending(null);
    }
  };

  return (
    <section aria-labelledby="export-rgpd" className={fr.cx("fr-mt-3w")}>
      <h3 id="export-rgpd" className={fr.cx("fr-h5")}>
        Exporter les données (RGPD)
      </h3>
      <p className={fr.cx("fr-text--sm")}>
        À la demande de la personne : tout ce que Zéro garde sur elle et qui l'a consulté. L'export est journalisé.
      </p>
      {error !== null && <Alert severity="error" small role="alert" description={error} className={fr.cx("fr-mb-2w")} />}
      <Button iconId="fr-icon-download-line" disabled={pending !== null} onClick={() => void download("pdf")}>
        {pending === "pdf" ? "Export en cours…" : "Exporter les données (RGPD) en PDF"}
      </Button>{" "}
      <Button priority="secondary" disabled={pending !== null} onClick={() => void download("json")}>
        {pending === "json" ? "Export en cours…" : "Format JSON"}
      </Button>
    </section>
  );
}
