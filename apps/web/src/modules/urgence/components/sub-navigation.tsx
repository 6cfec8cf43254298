import { fr } from "@codegouvfr/react-dsfr";
import type { MembershipView } from "@zero/schemas";
import { NavLink } from "react-router";
import { membershipsFor, SCREENS, screenPath } from "./shared/screens.ts";

/** The module's screens that the user's roles open, as a row of buttons (the current one filled). */
export function SubNavigation({ memberships }: { memberships: MembershipView[] }) {
  const screens = SCREENS.filter((screen) => membershipsFor(memberships, screen.roles).length > 0);
  if (screens.length === 0) return null;
  return (
    <nav aria-label="Urgence sociale" className={fr.cx("fr-mb-3w")}>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline", "fr-btns-group--sm")}>
        {screens.map((screen) => (
          <li key={screen.id}>
            <NavLink to={screenPath(screen.id)} className={({ isActive }) => fr.cx("fr-btn", isActive ? undefined : "fr-btn--secondary")}>
              {screen.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
