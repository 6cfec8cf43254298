import { fr } from "@codegouvfr/react-dsfr";
import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { administrableMemberships } from "../platform/admin/components/roles.ts";
import { useSession } from "../platform/auth/session-context.tsx";
import { WEB_MODULES } from "../modules/index.ts";
import { theme } from "../theme.ts";

export const serviceTitle = "Lab Zéro";
const serviceTagline = "Laboratoire d'innovation publique — objectif zéro";
export const homeLinkProps = { to: "/", title: "Accueil — Lab Zéro" };
export const stateBrandTop = (
  <>
    République
    <br />
    française
  </>
);

export function AppHeader() {
  const { pathname } = useLocation();
  const navigation = WEB_MODULES.map((module) => ({
    text: module.navLabel,
    linkProps: { to: module.path },
    isActive: pathname === module.path || pathname.startsWith(`${module.path}/`),
  }));

  return (
    <Header
      brandTop={stateBrandTop}
      // The neutral theme hides the Marianne block (see styles.css): the DSFR Header
      // always renders it, and only State services may show it.
      classes={theme === "neutral" ? { logo: "zero-neutral-hidden" } : {}}
      homeLinkProps={homeLinkProps}
      serviceTitle={serviceTitle}
      serviceTagline={serviceTagline}
      navigation={navigation}
      quickAccessItems={useQuickAccessItems()}
    />
  );
}

function useQuickAccessItems(): HeaderProps["quickAccessItems"] {
  const { state, signOut } = useSession();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  if (state.status === "loading") return [];
  if (state.status === "anonymous") {
    return [{ iconId: "fr-icon-lock-line", text: "Se connecter", linkProps: { to: "/connexion" } }];
  }

  const onSignOut = async () => {
    setPending(true);
    const closed = await signOut();
    setPending(false);
    if (closed) navigate("/");
  };

  // Only members who administer or coordinate an organisation are offered the page.
  const administration: HeaderProps.QuickAccessItem[] =
    administrableMemberships(state.session.memberships).length > 0
      ? [{ iconId: "fr-icon-settings-5-line", text: "Administration", linkProps: { to: "/administration" } }]
      : [];

  return [
    ...administration,
    <span
      key="user"
      className={fr.cx("fr-btn", "fr-btn--icon-left", "fr-icon-account-circle-line") + " zero-user-name"}
      data-testid="user-name"
    >
      {state.session.user.displayName}
    </span>,
    { iconId: "fr-icon-user-setting-line", text: "Mon compte", linkProps: { to: "/mon-compte" } },
    {
      iconId: "fr-icon-logout-box-r-line",
      text: "Se déconnecter",
      buttonProps: { type: "button", onClick: () => void onSignOut(), disabled: pending },
    },
  ];
}
