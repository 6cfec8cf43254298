import { fr } from "@codegouvfr/react-dsfr";
import { Link } from "react-router";
import { usePageTitle } from "../../../components/use-page-title.ts";

export function NotFoundPage() {
  usePageTitle("Page non trouvée");
  return (
    <div className={fr.cx("fr-container", "fr-my-8w")}>
      <p className={fr.cx("fr-text--sm", "fr-mb-3v")}>Erreur 404</p>
      <h1>Page non trouvée</h1>
      <p className={fr.cx("fr-text--lead")}>La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
      <p>Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible.</p>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
        <li>
          <Link className={fr.cx("fr-btn")} to="/">
            Page d'accueil
          </Link>
        </li>
      </ul>
    </div>
  );
}
