import { fr } from "@codegouvfr/react-dsfr";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { Link } from "react-router";
import { theme } from "../theme.ts";
import { homeLinkProps, serviceTitle, stateBrandTop } from "./app-header.tsx";

const description =
  "Lab Zéro est un laboratoire d'innovation publique qui réunit services de l'État, associations, " +
  "hôpitaux et ONG autour de deux objectifs : zéro personne à la rue, zéro droit non réclamé.";

const license = (
  <>
    Zéro est un logiciel libre publié sous licence{" "}
    <a href="https://www.gnu.org/licenses/agpl-3.0.fr.html" target="_blank" rel="noreferrer" title="licence AGPL-3.0 — nouvelle fenêtre">
      AGPL-3.0
    </a>
    .
  </>
);

// No accessibility audit has been carried out yet, so the honest mention is "non conforme".
export function AppFooter() {
  if (theme === "neutral") return <NeutralFooter />;
  return (
    <Footer
      brandTop={stateBrandTop}
      homeLinkProps={homeLinkProps}
      accessibility="non compliant"
      accessibilityLinkProps={{ to: "/accessibilite" }}
      contentDescription={description}
      license={license}
    />
  );
}

/** The same DSFR footer layout without the Marianne block nor the State sites list. */
function NeutralFooter() {
  return (
    <footer className={fr.cx("fr-footer")} id="fr-footer" role="contentinfo">
      <div className={fr.cx("fr-container")}>
        <div className={fr.cx("fr-footer__body")}>
          <div className={fr.cx("fr-footer__brand", "fr-enlarge-link")}>
            <Link to={homeLinkProps.to} title={homeLinkProps.title} className="zero-neutral-brand">
              {serviceTitle}
            </Link>
          </div>
          <div className={fr.cx("fr-footer__content")}>
            <p className={fr.cx("fr-footer__content-desc")}>{description}</p>
          </div>
        </div>
        <div className={fr.cx("fr-footer__bottom")}>
          <ul className={fr.cx("fr-footer__bottom-list")}>
            <li className={fr.cx("fr-footer__bottom-item")}>
              <Link className={fr.cx("fr-footer__bottom-link")} to="/accessibilite">
                Accessibilité : non conforme
              </Link>
            </li>
          </ul>
          <div className={fr.cx("fr-footer__bottom-copy")}>
            <p>{license}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
