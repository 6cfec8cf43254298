import { fr } from "@codegouvfr/react-dsfr";
import { usePageTitle } from "../../../components/use-page-title.ts";

export function AccessibilityPage() {
  usePageTitle("Accessibilité");
  return (
    <div className={fr.cx("fr-container", "fr-my-6w")}>
      <h1>Accessibilité</h1>
      <h2 className={fr.cx("fr-h4")}>État de conformité</h2>
      <p>
        Lab Zéro est <strong>non conforme</strong> au référentiel général d'amélioration de l'accessibilité (RGAA) : aucun audit n'a encore
        été réalisé.
      </p>
      <p>
        Chaque page est néanmoins construite avec le Système de design de l'État et vérifiée automatiquement (axe-core) à chaque
        modification du code. Un contrôle automatique ne remplace pas un audit.
      </p>
    </div>
  );
}
