import { fr } from "@codegouvfr/react-dsfr";

export function Loading() {
  return (
    <div className={fr.cx("fr-container", "fr-my-6w")} role="status" aria-live="polite">
      <p>Chargement…</p>
    </div>
  );
}
